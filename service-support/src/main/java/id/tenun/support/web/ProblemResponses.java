package id.tenun.support.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem bodies where no controller is involved: the security filters' 401 and 403, the rate
 * limit's 429, and every error the framework answers itself ({@link #framework}: Tomcat's refusals of a request it
 * cannot read and Spring Security's firewall, through Boot's error page and Tomcat's error report).
 */
public final class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED,
                "A valid bearer token is required. Sign in again and retry.");
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Your role does not allow this action.");
    }

    /** A caller over its rate limit: 429, and when to try again. */
    public void tooManyRequests(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests from this caller. Try again in " + retryAfterSeconds + " s.");
    }

    /**
     * The problem for an error status the framework answered itself: the status and a plain sentence for its kind,
     * never the framework's own words (they may name internals) nor the address (it may be what could not be read).
     */
    public static ProblemDetail framework(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String detail = switch (status) {
            case 400 -> "The request cannot be read: its address, method or headers are malformed or too large.";
            case 401 -> "A valid bearer token is required. Sign in again and retry.";
            case 403 -> "This request is not allowed.";
            case 404 -> "Nothing is at this address.";
            case 405 -> "This address does not answer this method.";
            case 413, 414, 431 -> "The request is too large.";
            default -> status >= 500
                    ? "Something went wrong on our side. Nothing was changed; please try again later."
                    : known == null ? "The request was refused." : known.getReasonPhrase() + ".";
        };
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setDetail(detail);
        return problem;
    }

    /** The problem as its JSON body. */
    public String json(ProblemDetail problem) {
        return json.writeValueAsString(problem);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        write(response, problem);
    }

    /** Writes the problem as the whole answer, with its status. */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
