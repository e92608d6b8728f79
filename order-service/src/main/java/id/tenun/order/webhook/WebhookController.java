package id.tenun.order.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/{tokopedia|shopee|lazada}}: open to the world, trusted only by signature. 2xx with an empty
 * body once the raw webhook is on Kafka (Shopee wants an empty body), or at once for a verified push about no shop
 * (the partner app as a whole: nothing to read, and a refusal would count against the subscription) or for a signed
 * push older than the replay window that tells nothing new (a retry of what is held); 401 for a missing, malformed or
 * wrong signature or a missing timestamp; 400 for a body that is not what the marketplace sends; 413 for an oversized
 * body; 404 for an unknown channel; 503 when Kafka cannot take it, so that the marketplace retries.
 */
@RestController
class WebhookController {

    private final WebhookIntake intake;

    private final IntakeSettings settings;

    WebhookController(WebhookIntake intake, IntakeSettings settings) {
        this.intake = intake;
        this.settings = settings;
    }

    @Operation(summary = "Receive a marketplace's signed order push")
    @PostMapping("/webhooks/{channel}")
    ResponseEntity<?> receive(@PathVariable String channel, HttpServletRequest request) throws IOException {
        long max = settings.maxBodySize().toBytes();
        if (request.getContentLengthLong() > max) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "The webhook body is larger than " + max + " bytes.");
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) max + 1);
        }
        if (body.length > max) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "The webhook body is larger than " + max + " bytes.");
        }
        WebhookIntake.Result result = intake.receive(channel, headers(request), body);
        return switch (result.outcome()) {
            case APPENDED, NOT_FOR_A_SHOP, ALREADY_KNOWN -> ResponseEntity.ok().build();
            case UNKNOWN_CHANNEL -> problem(HttpStatus.NOT_FOUND, "No marketplace '" + channel + "' is configured.");
            case REFUSED -> problem(HttpStatus.UNAUTHORIZED, switch (result.verdict()) {
                case MISSING_SIGNATURE -> "The webhook has no signature.";
                case MALFORMED_SIGNATURE -> "The webhook's signature is not a hex HMAC-SHA256.";
                case MISSING_TIMESTAMP -> "The webhook has no timestamp.";
                default -> "The webhook's signature does not match.";
            });
            case UNREADABLE -> problem(HttpStatus.BAD_REQUEST,
                    "The webhook body is not a " + channel + " push Tenun can read.");
            case NOT_APPENDED -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                            "The webhook could not be stored now; please retry."));
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    /** The headers written to Kafka with the push: what its verification reads (names in lower case). */
    static final Set<String> KEPT_HEADERS = Set.of("authorization", "content-type");

    /**
     * The signature and the content type, and nothing else: a header the caller invented never reaches Kafka (the
     * marketplaces sign the body, not their other headers).
     */
    static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new TreeMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (KEPT_HEADERS.contains(lower)) {
                headers.putIfAbsent(lower, request.getHeader(name));
            }
        }
        return headers;
    }
}
