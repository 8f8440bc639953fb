package io.meshgov.kit.web;

import io.meshgov.kit.security.NotVisible;
import io.meshgov.kit.streams.StoreNotReady;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem details: unknown ids 404, bad parameters 400, a read model that is restoring 503
 * with Retry-After. Spring's own errors (a page that is not a number, an unknown path) come through the base class.
 */
@RestControllerAdvice
public class ProblemHandlers extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandlers.class);
    static final String RETRY_AFTER_SECONDS = "2";

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidParameter.class)
    ProblemDetail invalid(InvalidParameter e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid parameter", e.getMessage());
    }

    @ExceptionHandler(NotVisible.class)
    ProblemDetail notVisible(NotVisible e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    /** A store handle used while its streams client changes state answers like a store that is not ready. */
    @ExceptionHandler(InvalidStateStoreException.class)
    ResponseEntity<ProblemDetail> storeInTransition(InvalidStateStoreException e) {
        return notReady(new StoreNotReady("the read model is not available: " + e.getMessage()));
    }

    @ExceptionHandler(StoreNotReady.class)
    ResponseEntity<ProblemDetail> notReady(StoreNotReady e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Not ready", e.getMessage()));
    }

    @ExceptionHandler(Unavailable.class)
    ResponseEntity<ProblemDetail> unavailable(Unavailable e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Unavailable", e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected error answering a request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "the service failed to answer; see its log");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
