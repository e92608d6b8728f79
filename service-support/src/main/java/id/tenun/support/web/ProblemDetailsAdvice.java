package id.tenun.support.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

import id.tenun.support.problems.Conflict;
import id.tenun.support.problems.Forbidden;
import id.tenun.support.problems.InvalidInput;
import id.tenun.support.problems.NotFound;
import id.tenun.support.problems.PreconditionRequired;
import id.tenun.support.problems.StaleVersion;
import id.tenun.support.problems.Violation;

/**
 * Turns every error at the REST edge into an RFC 9457 problem: the problems of {@code id.tenun.support.problems}
 * (400 naming fields, 403, 404, 409, 412, 428), bean-validation errors naming each field in the same shape
 * ({@code errors: [{field, message, id, en}]}), unreadable bodies saying where they broke, and nothing unexpected
 * leaking a stack trace. Bad input is always a 4xx.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> ConstraintTexts.violation(error.getField(), error.getDefaultMessage(),
                        error.contains(ConstraintViolation.class) ? error.unwrap(ConstraintViolation.class) : null))
                .toList();
        return invalid(errors, headers, request, e);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> ConstraintTexts.violation(parameterName(result), error.getDefaultMessage(),
                                constraintViolation(result, error))))
                .toList();
        return invalid(errors, headers, request, e);
    }

    /** A body whose record refused it in its constructor ({@link InvalidInput}) names the fields it refused. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInput refused) {
                return invalid(refused.violations(), headers, request, e);
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body could not be read: it is missing or is not valid JSON of the expected shape.");
        problem.setTitle("Unreadable request");
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            problem.setProperty("errors", List.of(new Violation(field, "Nilainya salah jenis atau bentuk.",
                    "has a value of the wrong type or format")));
        }
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = badRequest("A parameter has a value of the wrong type.");
        problem.setProperty("errors", List.of(new Violation(e.getName(), "Nilainya tidak bisa dibaca.",
                "cannot be read as the expected type")));
        return problem;
    }

    /** A multipart body that cannot be parsed (a broken part, no closing boundary) is the caller's, not ours. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        ProblemDetail problem = badRequest("The multipart body could not be read: a part or its boundary is broken.");
        problem.setTitle("Unreadable request");
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        ProblemDetail problem = badRequest("Some fields are invalid.");
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(violation -> ConstraintTexts.violation(lastNode(violation.getPropertyPath().toString()),
                        violation.getMessage(), violation))
                .toList());
        return problem;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput e) {
        return invalid(e.violations());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "Stale version", e.getMessage());
        problem.setProperty("currentVersion", e.current());
        return problem;
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict", e.en());
        problem.setProperty("id", e.id());
        problem.setProperty("en", e.en());
        return problem;
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(PreconditionRequired.class)
    ProblemDetail preconditionRequired(PreconditionRequired e) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "If-Match required", e.getMessage());
    }

    /** Commands validate themselves in their constructors: what they refuse is the client's input. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return badRequest(e.getMessage());
    }

    /** A rule checked in a controller or service (not by the filters) still answers 403, never 500. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ProblemResponses.ROLE_DOES_NOT_ALLOW);
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ProblemResponses.SIGN_IN_AGAIN);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error at the REST edge", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", ProblemResponses.OUR_FAULT);
    }

    private ResponseEntity<Object> invalid(List<Violation> errors, HttpHeaders headers, WebRequest request,
            Exception e) {
        return handleExceptionInternal(e, invalid(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail invalid(List<Violation> errors) {
        ProblemDetail problem = badRequest("Some fields are invalid: "
                + errors.stream().map(Violation::field).distinct().collect(Collectors.joining(", ")) + ".");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail badRequest(String detail) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", detail);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static ConstraintViolation<?> constraintViolation(ParameterValidationResult result,
            MessageSourceResolvable error) {
        try {
            return result.unwrap(error, ConstraintViolation.class);
        } catch (IllegalArgumentException notAViolation) {
            return null;
        }
    }

    private static String parameterName(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name != null ? name : "parameter " + result.getMethodParameter().getParameterIndex();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
