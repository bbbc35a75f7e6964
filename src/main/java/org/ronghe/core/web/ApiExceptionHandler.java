package org.ronghe.core.web;

import jakarta.persistence.OptimisticLockException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ronghe.core.Busy;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidIdentifier;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.TooManyRequests;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.databind.DatabindException;

/**
 * Turns the platform's exceptions into RFC 9457 problem details for API clients, with titles and details in the
 * client's language and no internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "problem.not-found", locale);
    }

    @ExceptionHandler({OptimisticLockException.class, ObjectOptimisticLockingFailureException.class})
    ProblemDetail conflict(Locale locale) {
        return problem(HttpStatus.CONFLICT, "problem.conflict", locale);
    }

    @ExceptionHandler(InvalidIdentifier.class)
    ProblemDetail invalidIdentifier(InvalidIdentifier e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid", locale);
        problem.setDetail(messages.getMessage(e.code(), e.arguments(), locale));
        return problem;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid", locale);
        problem.setProperty(
                "errors",
                e.problems().stream()
                        .collect(Collectors.toMap(
                                FieldProblem::field,
                                p -> messages.getMessage(p.code(), p.arguments(), locale),
                                (a, b) -> a + "；" + b,
                                LinkedHashMap::new)));
        return problem;
    }

    @ExceptionHandler(RuleBroken.class)
    ProblemDetail ruleBroken(RuleBroken e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "problem.rule", locale);
        problem.setDetail(messages.getMessage(e.code(), e.arguments(), locale));
        return problem;
    }

    /** The node has as much background work as it takes: try again later. */
    @ExceptionHandler(Busy.class)
    ResponseEntity<ProblemDetail> busy(Busy e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.busy", locale);
        problem.setDetail(messages.getMessage(e.code(), e.arguments(), locale));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "60")
                .body(problem);
    }

    /** A rate limit is used up: try again after the time it says. */
    @ExceptionHandler(TooManyRequests.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequests e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "problem.too-many", locale);
        problem.setDetail(messages.getMessage(e.code(), e.arguments(), locale));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(Locale locale) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "problem.too-large", locale);
    }

    /** A query parameter of the wrong type or a missing one: which, in the client's language. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ProblemDetail badParameter(Exception e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid", locale);
        String name = e instanceof MethodArgumentTypeMismatchException m
                ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        String key = e instanceof MethodArgumentTypeMismatchException
                ? "error.parameter.invalid"
                : "error.parameter.missing";
        problem.setProperty("errors", Map.of(name, messages.getMessage(key, new Object[] {name}, locale)));
        return problem;
    }

    /** A body that is not JSON, or a field of the wrong type or missing where a number is required: which one. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.unreadable", locale);
        if (e.getCause() instanceof DatabindException d && !d.getPath().isEmpty()) {
            String field = d.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            problem.setProperty(
                    "errors", Map.of(field, messages.getMessage("error.field.invalid", new Object[] {field}, locale)));
        }
        return problem;
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail invalid(BindException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid", locale);
        Map<String, String> errors = e.getBindingResult().getFieldErrors().stream()
                .collect(Collectors.toMap(
                        f -> f.getField(),
                        f -> f.isBindingFailure()
                                ? messages.getMessage("error.parameter.invalid", new Object[] {f.getField()}, locale)
                                : messages.getMessage(f, locale),
                        (a, b) -> a));
        problem.setProperty("errors", errors);
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(key + ".title", null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(key + ".detail", null, null, locale));
        return problem;
    }
}
