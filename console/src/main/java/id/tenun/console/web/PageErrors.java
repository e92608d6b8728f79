package id.tenun.console.web;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import id.tenun.console.services.ServiceRefused;
import id.tenun.console.services.ServiceUnreachable;

/**
 * What a page says when it cannot show what was asked: not found (404: another group's product, or a typo in the
 * address), or a service that did not answer (503, try again shortly) or failed (502). In the reader's language,
 * with the way back home; the console's JSON API answers problems of its own.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(PageNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(PageNotFound notFound, Model model) {
        return page(model, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(ServiceUnreachable.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unreachable(ServiceUnreachable unreachable, Model model) {
        log.warn("A page could not reach a service: {}", unreachable.getMessage());
        return page(model, HttpStatus.SERVICE_UNAVAILABLE);
    }

    @ExceptionHandler(ServiceRefused.class)
    String refused(ServiceRefused refused, Model model, HttpServletResponse response) {
        if (refused.notThere()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return page(model, HttpStatus.NOT_FOUND);
        }
        log.warn("A service refused a page's call: {}", refused.getMessage());
        response.setStatus(HttpStatus.BAD_GATEWAY.value());
        return page(model, HttpStatus.BAD_GATEWAY);
    }

    /** The console's one error page ({@code error.html}, also Boot's error view), which words itself by status. */
    private static String page(Model model, HttpStatus status) {
        model.addAttribute("status", status.value());
        return "error";
    }
}
