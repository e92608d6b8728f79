package id.tenun.sandbox.core;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/** Records every call to a marketplace stand-in (not the control API) in the {@link CallLog}. */
@Component
class CallRecorder extends StandInFilter {

    private final CallLog log;

    private final Clock clock;

    CallRecorder(CallLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            Object shop = request.getAttribute(CallLog.SHOP_ATTRIBUTE);
            log.add(new CallLog.Call(clock.instant(), Channels.of(request).orElse(""), request.getMethod(),
                    request.getRequestURI(), shop == null ? "" : shop.toString(), response.getStatus()));
        }
    }
}
