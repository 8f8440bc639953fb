package io.meshgov.kit.security;

/** The caller is authenticated but may not see this (answered 403 with the reason). */
public class NotVisible extends RuntimeException {

    public NotVisible(String message) {
        super(message);
    }
}
