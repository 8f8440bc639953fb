package io.meshgov.console.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code meshgov.security.*}, named as the services name them: {@code mode} {@code open} (local runs: anyone may
 * act for any domain) or {@code oauth2} (the {@code prod} profile: every page but health needs a valid JWT, and a
 * person acts only for the domains its {@code domains-claim} names).
 */
@ConfigurationProperties("meshgov.security")
public record AccessSettings(
        @DefaultValue("open") Mode mode,
        @DefaultValue("domains") String domainsClaim) {

    public enum Mode {
        OPEN,
        OAUTH2
    }
}
