package id.tenun.marketplaces;

import java.math.BigDecimal;
import java.math.RoundingMode;

import tools.jackson.databind.JsonNode;

/**
 * Reads the amounts of marketplace answers: rupiah as a number or a decimal string ({@code "45000.00"}, with or
 * without thousands separators: {@code "1,250,000.00"}), rounded to whole rupiah.
 */
public final class Amounts {

    private Amounts() {
    }

    /** Whole rupiah, or null when the node is missing, empty, not a number or too large. */
    public static Long rupiah(JsonNode node) {
        BigDecimal amount = decimal(node);
        if (amount == null) {
            return null;
        }
        try {
            return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /**
     * Whole rupiah of an amount the order cannot do without (a line's price): an unreadable one is the
     * marketplace's answer refused, not a server error.
     */
    public static long requiredRupiah(JsonNode node, String what) {
        Long rupiah = rupiah(node);
        if (rupiah == null || rupiah < 0) {
            throw new MarketplaceCallFailed(MarketplaceCallFailed.Kind.REFUSED,
                    "Unreadable " + what + ": " + (node == null ? "missing" : node.toString()), null);
        }
        return rupiah;
    }

    /** The sum of the known amounts, or null if none is known. */
    public static Long sum(Long... amounts) {
        Long sum = null;
        for (Long amount : amounts) {
            if (amount != null) {
                sum = sum == null ? amount : Math.addExact(sum, amount);
            }
        }
        return sum;
    }

    /** Units, or null when the node is missing, empty or not a number. */
    public static Integer units(JsonNode node) {
        BigDecimal amount = decimal(node);
        return amount == null ? null : amount.intValue();
    }

    /** The sum of {@code field} over the objects of {@code array} (stock per warehouse), or null if none has it. */
    public static Integer unitsSummed(JsonNode array, String field) {
        Integer sum = null;
        for (JsonNode element : array) {
            Integer units = units(element.path(field));
            if (units != null) {
                sum = (sum == null ? 0 : sum) + units;
            }
        }
        return sum;
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        String text = node.asString("").strip().replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
