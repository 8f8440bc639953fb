package io.meshgov.catalog.web;

/** A request parameter that is malformed or out of range: the caller's to fix (400). */
class InvalidParameter extends RuntimeException {

    InvalidParameter(String message) {
        super(message);
    }
}
