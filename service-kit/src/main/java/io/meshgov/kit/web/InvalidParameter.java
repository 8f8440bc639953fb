package io.meshgov.kit.web;

/** A request parameter that is malformed or out of range: the caller's to fix (400). */
public class InvalidParameter extends RuntimeException {

    public InvalidParameter(String message) {
        super(message);
    }
}
