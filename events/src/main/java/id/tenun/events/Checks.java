package id.tenun.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The constructor checks shared by the records of this module. Every failure is an
 * {@link IllegalArgumentException} that names the field ({@code Record.field}) and says what was wrong.
 */
public final class Checks {

    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_-]{1,31}");

    private static final Pattern PROVINCE = Pattern.compile("\\d{2}");

    private static final Pattern REGENCY = Pattern.compile("\\d{2}\\.\\d{2}");

    private static final Pattern DISTRICT = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}");

    private static final Pattern VILLAGE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");

    private Checks() {
    }

    /** The common header of every event: an id, a time and a schema version of 1 or more. */
    public static void header(String record, UUID eventId, Instant occurredAt, int schemaVersion) {
        notNull(eventId, record + ".eventId");
        notNull(occurredAt, record + ".occurredAt");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException(record + ".schemaVersion must be 1 or more, was " + schemaVersion);
        }
    }

    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required and must not be blank, was "
                    + (value == null ? "null" : "'" + value + "'"));
        }
        return value;
    }

    /** Null is allowed; an empty or blank string is not (say null instead). */
    public static String blankToNull(String value, String name) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(name + " must be null or not blank, was '" + value + "'");
        }
        return value;
    }

    public static long positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be greater than 0, was " + value);
        }
        return value;
    }

    public static long nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }

    /** An immutable copy; null becomes an empty list (an older producer may not have written it). */
    public static <T> List<T> list(List<T> value, String name) {
        if (value == null) {
            return List.of();
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(value);
    }

    public static <T> List<T> nonEmptyList(List<T> value, String name) {
        List<T> copy = list(value, name);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " must have at least one element");
        }
        return copy;
    }

    /** An immutable copy; null becomes an empty map; keys must not be blank, values not null. */
    public static <V> Map<String, V> map(Map<String, V> value, String name) {
        if (value == null) {
            return Map.of();
        }
        Map<String, V> checked = new LinkedHashMap<>();
        value.forEach((key, entry) -> {
            notBlank(key, name + " key");
            notNull(entry, name + "[" + key + "]");
            checked.put(key, entry);
        });
        return Map.copyOf(checked);
    }

    /** A channel id such as {@code shopee}: lower case letters, digits, '-' or '_'. See {@link Channels}. */
    public static String channel(String value, String name) {
        notBlank(value, name);
        if (!CHANNEL.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be a channel id such as 'shopee' (lower case letters, "
                    + "digits, '-' or '_'), was '" + value + "'");
        }
        return value;
    }

    /** An id that becomes part of a colon-separated Kafka key, so it must not contain ':'. */
    public static String keyPart(String value, String name) {
        notBlank(value, name);
        if (value.indexOf(':') >= 0) {
            throw new IllegalArgumentException(name + " must not contain ':', was '" + value + "'");
        }
        return value;
    }

    public static String provinceCode(String value, String name) {
        return area(value, name, PROVINCE, "53");
    }

    public static String regencyCode(String value, String name) {
        return area(value, name, REGENCY, "53.07");
    }

    public static String districtCode(String value, String name) {
        return area(value, name, DISTRICT, "53.07.03");
    }

    public static String villageCode(String value, String name) {
        return area(value, name, VILLAGE, "53.07.03.2005");
    }

    private static String area(String value, String name, Pattern pattern, String example) {
        notBlank(value, name);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    name + " must be a Kemendagri area code like '" + example + "', was '" + value + "'");
        }
        return value;
    }

    /** An absolute http or https URL. */
    public static String httpUrl(String value, String name) {
        notBlank(value, name);
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                throw new IllegalArgumentException(name + " must be an absolute http(s) URL, was '" + value + "'");
            }
        } catch (URISyntaxException ex) {
            throw new IllegalArgumentException(name + " must be an absolute http(s) URL, was '" + value + "'", ex);
        }
        return value;
    }

}
