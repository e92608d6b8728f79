package id.tenun.sandbox.core;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.filter.OncePerRequestFilter;

/** A filter of the calls to the marketplace stand-ins only (not the control API, the pages or the views). */
public abstract class StandInFilter extends OncePerRequestFilter {

    @Override
    protected final boolean shouldNotFilter(HttpServletRequest request) {
        return Channels.of(request).isEmpty();
    }
}
