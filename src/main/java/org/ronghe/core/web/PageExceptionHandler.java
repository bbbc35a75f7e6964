package org.ronghe.core.web;

import java.util.List;
import java.util.Locale;
import org.ronghe.core.InvalidIdentifier;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Ahead of Spring's own problem-detail handler (which answers pages with JSON), but after the API's
 * ({@code ApiExceptionHandler}, which answers API controllers). A missing record on a page gives the friendly 404 page;
 * an oversized upload the 413 page; a link with a bad or missing parameter (an unknown industry code, a word where a
 * number belongs) the 400 page saying what is wrong, in the user's language, never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageExceptionHandler {

    private final MessageSource messages;

    PageExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge() {
        return "error/413";
    }

    @ExceptionHandler(InvalidIdentifier.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidIdentifier(InvalidIdentifier e, Model model, Locale locale) {
        model.addAttribute("reasons", List.of(messages.getMessage(e.code(), e.arguments(), locale)));
        return "error/400";
    }

    @ExceptionHandler(InvalidInput.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidInput(InvalidInput e, Model model, Locale locale) {
        model.addAttribute(
                "reasons",
                e.problems().stream()
                        .map(p -> messages.getMessage(p.code(), p.arguments(), locale))
                        .toList());
        return "error/400";
    }

    /** A link whose parameters do not bind (a filter's {@code sort=nope}): which ones. */
    @ExceptionHandler(BindException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String unbound(BindException e, Model model, Locale locale) {
        model.addAttribute(
                "reasons",
                e.getFieldErrors().stream()
                        .map(f -> messages.getMessage("error.parameter.invalid", new Object[] {f.getField()}, locale))
                        .distinct()
                        .toList());
        return "error/400";
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badParameter(Exception e, Model model, Locale locale) {
        String name = e instanceof MethodArgumentTypeMismatchException m
                ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        String key = e instanceof MethodArgumentTypeMismatchException
                ? "error.parameter.invalid"
                : "error.parameter.missing";
        model.addAttribute("reasons", List.of(messages.getMessage(key, new Object[] {name}, locale)));
        return "error/400";
    }
}
