package id.tenun.support.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Boot's error page ({@code /error}), where the servlet container sends every error no controller answered: Spring
 * Security's firewall refusing an encoded traversal ({@code /api/%2e%2e/x}) or an unknown method, a {@code sendError}
 * anywhere. It answers the RFC 9457 problem of {@link ProblemResponses#framework}; a browser gets the application's
 * own {@code error} page instead where it has one (the console), never Boot's white label nor its JSON.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController extends AbstractErrorController {

    private final ProblemResponses problems;

    private final boolean hasErrorPage;

    ProblemErrorController(ErrorAttributes attributes, List<ErrorViewResolver> resolvers, ProblemResponses problems,
            boolean hasErrorPage) {
        super(attributes, resolvers);
        this.problems = problems;
        this.hasErrorPage = hasErrorPage;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!hasErrorPage) {
            problem(request, response);
            return null;
        }
        HttpStatus status = getStatus(request);
        Map<String, Object> model = getErrorAttributes(request, ErrorAttributeOptions.defaults());
        response.setStatus(status.value());
        ModelAndView view = resolveErrorView(request, response, status, model);
        return view != null ? view : new ModelAndView("error", model, status);
    }

    @RequestMapping
    void problem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(response, ProblemResponses.framework(getStatus(request).value()));
    }
}
