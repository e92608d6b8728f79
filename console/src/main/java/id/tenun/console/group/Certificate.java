package id.tenun.console.group;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.tenun.console.services.CatalogAnswers.Certification;

/**
 * A permit or certificate the group holds (PIRT, BPOM, halal, NIB, SNI), once however many products carry it, with
 * the products it covers and how it stands today: {@code valid}, {@code expiring} (within
 * {@link Notice#CERTIFICATE_NOTICE_DAYS} days), {@code expired}, or {@code noExpiry}.
 */
public record Certificate(String kind, String number, String issuer, LocalDate expiresOn, long daysLeft,
        String standing, List<String> products) {

    /** The group's certificates from its products, soonest to expire first. */
    public static List<Certificate> of(List<ProductRow> rows, LocalDate today) {
        Map<String, Certification> held = new LinkedHashMap<>();
        Map<String, List<String>> products = new LinkedHashMap<>();
        for (ProductRow row : rows) {
            if (row.product().archived()) {
                continue;
            }
            for (Certification certification : row.product().certifications()) {
                String key = certification.kind() + ":" + certification.number();
                held.putIfAbsent(key, certification);
                products.computeIfAbsent(key, k -> new ArrayList<>()).add(row.product().name());
            }
        }
        return held.entrySet().stream()
                .map(entry -> of(entry.getValue(), products.get(entry.getKey()), today))
                .sorted(Comparator.comparing(Certificate::expiresOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static Certificate of(Certification certification, List<String> products, LocalDate today) {
        LocalDate expires = certification.expiresOn();
        long daysLeft = expires == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(today, expires);
        String standing = expires == null
                ? "noExpiry"
                : daysLeft < 0
                        ? "expired"
                        : daysLeft <= Notice.CERTIFICATE_NOTICE_DAYS ? "expiring" : "valid";
        return new Certificate(certification.kind(), certification.number(), certification.issuer(), expires,
                daysLeft, standing, List.copyOf(products));
    }
}
