package id.tenun.catalog.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.tenun.catalog.product.Certification;
import id.tenun.catalog.product.Dimensions;
import id.tenun.catalog.product.ProductDetails;
import id.tenun.catalog.product.VariantInput;
import id.tenun.events.product.ProductSnapshot.CertificationKind;
import id.tenun.support.problems.InvalidInput;

/**
 * One row of a product import, by column name ({@link ImportRows#COLUMNS}), read into the product it asks for.
 * Lists are separated by {@code ;}. A product may hold several certifications (a coffee needs its PIRT and its halal
 * certificate): {@code certificationKind} lists them, and {@code certificationNumber}, {@code certificationIssuer}
 * and {@code certificationExpiresOn} give each one's value at the same place ({@code PIRT;HALAL},
 * {@code 2065310010123-27;ID53100004123}, {@code Dinkes Manggarai;BPJPH}, {@code 2029-12-31;}).
 */
record ImportRow(String[] cells, Map<String, Integer> columns) {

    private static final List<String> CERTIFICATE_VALUES = List.of("certificationNumber", "certificationIssuer",
            "certificationExpiresOn");

    String get(String column) {
        Integer at = columns.get(column);
        if (at == null || at >= cells.length || cells[at] == null || cells[at].isBlank()) {
            return null;
        }
        return cells[at].strip();
    }

    /** The column's non-empty entries. */
    List<String> list(String column) {
        String value = get(column);
        return value == null
                ? List.of()
                : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The column's entries by place, an empty place as null: the values that go with another column's list. */
    private List<String> places(String column) {
        String value = get(column);
        return value == null
                ? List.of()
                : Arrays.stream(value.split(";", -1)).map(String::strip).map(s -> s.isEmpty() ? null : s).toList();
    }

    Long number(String column, List<InvalidInput> problems) {
        String value = get(column);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.replace(".", "").replace("_", ""));
        } catch (NumberFormatException e) {
            problems.add(InvalidInput.of(column, "Harus bilangan bulat, mis. 85000.",
                    "Must be a whole number, e.g. 85000."));
            return null;
        }
    }

    /** The product this row asks for in the group; what cannot be read is an {@link InvalidInput} naming columns. */
    ProductDetails details(String groupId) {
        List<InvalidInput> problems = new ArrayList<>();
        Long weight = number("weightGrams", problems);
        Long length = number("lengthCm", problems);
        Long width = number("widthCm", problems);
        Long height = number("heightCm", problems);
        Long minimumOrder = number("minimumOrder", problems);
        Long price = number("priceRupiah", problems);
        Long stock = number("stock", problems);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String pair : list("attributes")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                attributes.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            } else {
                problems.add(InvalidInput.of("attributes", "Tulis atribut sebagai nama=nilai;nama=nilai.",
                        "Write attributes as name=value;name=value."));
            }
        }
        List<Certification> certifications = certifications(problems);
        Boolean processed = get("processed") == null
                ? null
                : List.of("true", "ya", "yes", "1").contains(get("processed").toLowerCase(Locale.ROOT));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.stream().flatMap(p -> p.violations().stream()).toList());
        }
        return new ProductDetails(groupId, get("name"), get("description"), get("categoryCode"),
                get("channels") == null ? null : list("channels"), processed, get("rawMaterial"), weight,
                new Dimensions(toInt(length), toInt(width), toInt(height)), list("imageUrls"), toInt(minimumOrder),
                null, List.of(new VariantInput(null, attributes, price, stock)), certifications);
    }

    private List<Certification> certifications(List<InvalidInput> problems) {
        List<String> kinds = places("certificationKind");
        for (String column : CERTIFICATE_VALUES) {
            if (places(column).size() > Math.max(1, kinds.size())) {
                problems.add(InvalidInput.of(column,
                        "Isian lebih banyak daripada jenis sertifikat di certificationKind.",
                        "More entries than certification kinds in certificationKind."));
                return List.of();
            }
        }
        List<String> numbers = places("certificationNumber");
        List<String> issuers = places("certificationIssuer");
        List<String> expiries = places("certificationExpiresOn");
        List<Certification> certifications = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            CertificationKind kind = kind(kinds.get(i), problems);
            LocalDate expires = date(at(expiries, i), problems);
            certifications.add(new Certification(kind, at(numbers, i), at(issuers, i), expires));
        }
        return certifications;
    }

    private static CertificationKind kind(String value, List<InvalidInput> problems) {
        try {
            return value == null ? null : CertificationKind.valueOf(value.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(InvalidInput.of("certificationKind",
                    "Jenis sertifikat: PIRT, BPOM_MD, BPOM_ML, HALAL, NIB, SNI.",
                    "Certification kind: PIRT, BPOM_MD, BPOM_ML, HALAL, NIB, SNI."));
            return null;
        }
    }

    private static LocalDate date(String value, List<InvalidInput> problems) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(InvalidInput.of("certificationExpiresOn", "Tanggal ditulis TTTT-BB-HH.",
                    "Write dates as YYYY-MM-DD."));
            return null;
        }
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : null;
    }

    private static Integer toInt(Long value) {
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
