package io.meshgov.kit.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code meshgov.security.*}: {@code mode} {@code open} (local runs: no authentication, CORS open) or
 * {@code oauth2} (the {@code prod} profile: every {@code /api/**} call needs a valid JWT, CORS closed unless
 * origins are listed); {@code max-query-length}: longer query strings are refused with a 400.
 */
@ConfigurationProperties("meshgov.security")
public record SecuritySettings(
        @DefaultValue("open") Mode mode,
        @DefaultValue("*") List<String> corsAllowedOrigins,
        @DefaultValue("2048") int maxQueryLength,
        @DefaultValue("domains") String domainsClaim) {

    public enum Mode {
        OPEN,
        OAUTH2
    }

    public SecuritySettings {
        corsAllowedOrigins =
                corsAllowedOrigins.stream().filter(o -> !o.isBlank()).toList();
    }
}
