package id.tenun.console.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import id.tenun.support.web.ProblemResponses;

/**
 * An address the console does not have, asked for by a browser: the console's own "not found" page in the reader's
 * language, with the way home. Anything else keeps the RFC 9457 problem every service answers: a request that
 * accepts HTML only as "anything" (a script: curl's and Java's clients send no Accept or {@code *}/{@code *}) or
 * any address under {@code /api/}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageNotFoundAdvice {

    private final ProblemResponses problems;

    PageNotFoundAdvice(ProblemResponses problems) {
        this.problems = problems;
    }

    /** Only for a request that accepts HTML; the others go on to the problem of {@code ProblemDetailsAdvice}. */
    @ExceptionHandler(exception = NoResourceFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView notFound(NoResourceFoundException missing, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (request.getRequestURI().startsWith("/api/") || accept == null
                || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
            ProblemDetail problem = ProblemResponses.framework(HttpStatus.NOT_FOUND.value());
            problem.setInstance(URI.create(request.getRequestURI()));
            problems.write(response, problem);
            return new ModelAndView();
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        return page;
    }
}
