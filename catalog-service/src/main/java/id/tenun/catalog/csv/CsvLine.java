package id.tenun.catalog.csv;

import java.util.ArrayList;
import java.util.List;

/** Reads one line of CSV (RFC 4180 without line breaks in fields): the area data and the product imports. */
public final class CsvLine {

    private CsvLine() {
    }

    /** The fields of one line: commas separate, double quotes enclose, a doubled quote is a quote. */
    public static String[] fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
