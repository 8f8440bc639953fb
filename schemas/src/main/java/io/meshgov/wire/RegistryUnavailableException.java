package io.meshgov.wire;

/**
 * The schema registry could not answer (down, unreachable, a 5xx, a refused credential). Nothing is wrong with the
 * record that needed it: it is retried, never dead-lettered.
 */
public final class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public RegistryUnavailableException(String message) {
        super(message);
    }
}
