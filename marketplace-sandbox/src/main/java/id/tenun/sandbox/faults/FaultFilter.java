package id.tenun.sandbox.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ContentCachingResponseWrapper;

import id.tenun.sandbox.core.Channels;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.StandInFilter;

/** Applies the injected faults to calls to the marketplace stand-ins, before they are handled. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class FaultFilter extends StandInFilter {

    private final Faults faults;

    FaultFilter(Faults faults) {
        this.faults = faults;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> channel = Channels.of(request);
        FaultSettings fault = faults.of(channel.orElseThrow());
        if (fault.down()) {
            write(response, 503, "text/html", "<html><body><h1>503 Service Unavailable</h1></body></html>");
            return;
        }
        if (fault.hangMillis() > 0) {
            sleep(fault.hangMillis());
            write(response, 504, "text/html", "<html><body><h1>504 Gateway Time-out</h1></body></html>");
            return;
        }
        if (fault.delayMillis() > 0) {
            sleep(fault.delayMillis());
        }
        if (Faults.chance(fault.errorRate())) {
            write(response, fault.errorStatus(), "application/json", serverError(channel.get()));
            return;
        }
        if (request.getRequestURI().endsWith(fault.lostAnswerPath()) && Faults.chance(fault.lostAnswerRate())) {
            // handled as usual (the call log shows what the marketplace did), but the answer never reaches the client
            chain.doFilter(request, new ContentCachingResponseWrapper(response));
            response.reset();
            write(response, fault.errorStatus(), "application/json", serverError(channel.get()));
            return;
        }
        chain.doFilter(request, response);
    }

    /** A server error in the marketplace's own envelope. */
    static String serverError(String channel) {
        String requestId = Json.requestId();
        return switch (channel) {
            case "tokopedia" -> "{\"code\":36009003,\"message\":\"Internal system error, please try again later\","
                    + "\"request_id\":\"" + requestId + "\",\"data\":null}";
            case "shopee" -> "{\"request_id\":\"" + requestId
                    + "\",\"error\":\"error_server\",\"message\":\"Something wrong. Please try later.\"}";
            default ->
                "{\"code\":\"ServiceUnavailable\",\"type\":\"ISP\",\"message\":\"The request has failed due to a "
                        + "temporary failure of the server.\",\"request_id\":\"" + requestId + "\"}";
        };
    }

    private static void write(HttpServletResponse response, int status, String type, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
