package id.tenun.support.web;

import id.tenun.support.problems.InvalidInput;

/** Reads and writes versions as ETags: {@code "7"} (weak {@code W/"7"} accepted). */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version in an If-Match header, null when absent; a malformed one is a 400. */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw InvalidInput.of("If-Match", "If-Match harus berisi versi, mis. \"7\".",
                    "If-Match must carry a version, e.g. \"7\".");
        }
    }
}
