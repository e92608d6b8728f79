package id.tenun.console.user;

import java.util.regex.Pattern;

/**
 * An Indonesian mobile number in E.164 ({@code +628…}), the one form the console stores and looks users up by.
 * People write it as {@code 0812…}, {@code +62812…} or {@code 62812…}, with spaces, dots, dashes or brackets.
 */
public record PhoneNumber(String e164) {

    /** After the country code: the mobile prefix 8 and 8 to 11 more digits (10 to 13 digits written with 0). */
    private static final Pattern MOBILE = Pattern.compile("\\+628\\d{8,11}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");

    public PhoneNumber {
        if (e164 == null || !MOBILE.matcher(e164).matches()) {
            throw new InvalidPhoneNumber(e164);
        }
    }

    /** Reads a number as people write it; {@link InvalidPhoneNumber} for anything that is not a mobile number. */
    public static PhoneNumber parse(String written) {
        if (written == null) {
            throw new InvalidPhoneNumber(null);
        }
        String digits = SEPARATORS.matcher(written.strip()).replaceAll("");
        if (digits.startsWith("+62")) {
            return of(written, digits);
        }
        if (digits.startsWith("62")) {
            return of(written, "+" + digits);
        }
        if (digits.startsWith("0")) {
            return of(written, "+62" + digits.substring(1));
        }
        throw new InvalidPhoneNumber(written);
    }

    private static PhoneNumber of(String written, String candidate) {
        if (!MOBILE.matcher(candidate).matches()) {
            throw new InvalidPhoneNumber(written);
        }
        return new PhoneNumber(candidate);
    }

    @Override
    public String toString() {
        return e164;
    }
}
