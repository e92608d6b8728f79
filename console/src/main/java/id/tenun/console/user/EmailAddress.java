package id.tenun.console.user;

import java.util.Locale;
import java.util.regex.Pattern;

/** An email address as the console stores and looks it up: trimmed and lower-cased. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        if (value == null || !SHAPE.matcher(value).matches() || !value.equals(value.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("'" + value + "' is not an email address in lower case");
        }
    }

    /** Reads an address as people write it. */
    public static EmailAddress parse(String written) {
        if (written == null) {
            throw new IllegalArgumentException("An email address is required");
        }
        return new EmailAddress(written.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
