package io.meshgov.wire;

/** Bytes that are not a known mesh event: the one exception a decoder raises, whatever is wrong with the input. */
public class EventDecodingException extends RuntimeException {

    public EventDecodingException(String message) {
        super(message);
    }

    public EventDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
