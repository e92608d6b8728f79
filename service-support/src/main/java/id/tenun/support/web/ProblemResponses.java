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

    static final String SIGN_IN_AGAIN = "A valid bearer token is required. Sign in again and retry.";
    static final String ROLE_DOES_NOT_ALLOW = "Your role does not allow this action.";
    static final String OUR_FAULT = "Something went wrong on our side. Nothing was changed; please try again later.";

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, SIGN_IN_AGAIN);
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, ROLE_DOES_NOT_ALLOW);
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
        String detail = switch (status) {
            case 400 -> "The request cannot be read: its address, method or headers are malformed or too large.";
            case 401 -> SIGN_IN_AGAIN;
            case 403 -> ROLE_DOES_NOT_ALLOW;
            case 404 -> "Nothing is at this address.";
            case 405 -> "This address does not answer this method.";
            case 413, 414, 431 -> "The request is too large.";
            default -> status >= 500 ? OUR_FAULT : "The request was refused.";
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
