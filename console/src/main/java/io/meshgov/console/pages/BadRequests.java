package io.meshgov.console.pages;

import io.meshgov.console.mesh.Reply;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A malformed parameter (a page that is not a number) is the browser's mistake: a 400 page that says which. */
@ControllerAdvice
class BadRequests {

    /** A parameter a page parsed itself and could not. */
    static final class InvalidParameter extends RuntimeException {
        InvalidParameter(String name) {
            super(name);
        }
    }

    @ExceptionHandler(InvalidParameter.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidParameter e, Model model) {
        model.addAttribute("problem", new Reply.Problem(400, e.getMessage() + ": not a valid value"));
        return "problem";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String mismatch(MethodArgumentTypeMismatchException e, Model model) {
        model.addAttribute("problem", new Reply.Problem(400, e.getName() + ": not a valid value"));
        return "problem";
    }
}
