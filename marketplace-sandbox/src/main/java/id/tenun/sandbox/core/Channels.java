package id.tenun.sandbox.core;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/** The channels the sandbox stands in for, and the path prefix each one is served under. */
public final class Channels {

    public static final List<String> ALL = List.of("tokopedia", "shopee", "lazada");

    private Channels() {
    }

    /** The channel a request is addressed to, by its first path segment. */
    public static Optional<String> of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ALL.stream().filter(channel -> path.startsWith("/" + channel + "/")).findFirst();
    }
}
