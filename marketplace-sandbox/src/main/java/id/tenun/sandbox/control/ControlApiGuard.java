package id.tenun.sandbox.control;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The sandbox's control API ({@code /sandbox/**} calls that change something: faults, buyers' orders, order moves,
 * hand edits of listings) answers only callers on this machine unless {@code sandbox.control.allow-remote} is set;
 * others get a 403 problem. Reading ({@code GET}) and the marketplaces' own APIs and pages are not affected.
 */
@Component
class ControlApiGuard extends OncePerRequestFilter {

    private final ControlSettings settings;

    ControlApiGuard(ControlSettings settings) {
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the path as the controllers are matched: decoded, without ;parameters or doubled slashes, so that
        // /%73andbox/faults or /sandbox;x/faults is guarded as /sandbox/faults
        return settings.allowRemote() || !UrlPathHelper.defaultInstance.getLookupPathForRequest(request)
                .startsWith("/sandbox/")
                || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (loopback(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                + "\"detail\":\"The sandbox's control API answers only on its own machine "
                + "(set sandbox.control.allow-remote=true to drive it from elsewhere).\"}");
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
