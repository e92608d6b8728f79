package id.tenun.marketplaces;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;

/** Reads the amounts of marketplace answers: rupiah as a number or a decimal string ("45000.00"), whole units. */
public final class Amounts {

    private Amounts() {
    }

    /** Whole rupiah, or null when the node is missing, empty or not a number. */
    public static Long rupiah(JsonNode node) {
        BigDecimal amount = decimal(node);
        return amount == null ? null : amount.longValue();
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
        String text = node.asString("").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        }
        catch (NumberFormatException e) {
            return null;
        }
    }
}
