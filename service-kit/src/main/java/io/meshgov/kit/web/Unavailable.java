package io.meshgov.kit.web;

/** Something the answer depends on (the broker) did not answer in time: try again later (503 with Retry-After). */
public class Unavailable extends RuntimeException {

    public Unavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
