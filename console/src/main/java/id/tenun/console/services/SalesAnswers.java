package id.tenun.console.services;

import java.time.LocalDate;
import java.util.List;

/** What the order service answers about sales (the programme's figures), as the dashboard reads it. */
public final class SalesAnswers {

    private SalesAnswers() {
    }

    /** One row of a sales view: the key at the level asked for ({@code 53.09}, a group or product id, …). */
    public record SalesRow(String key, String period, long orders, long units, long grossRupiah, long netUnits,
            long netRupiah, long cancelled, long returned, long processedNetRupiah, long processedSharePerMille) {
    }

    public record SalesView(String by, String period, SalesRow totals, List<SalesRow> items) {
    }

    /** A group with no order in the last days asked for; {@code lastSaleDay} null if it never sold. */
    public record DormantGroup(String groupId, String name, String villageCode, String regencyCode,
            LocalDate lastSaleDay) {
    }

    public record DormantPage(List<DormantGroup> items, int page, int size, long total) {
    }
}
