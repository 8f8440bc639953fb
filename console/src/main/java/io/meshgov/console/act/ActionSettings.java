package io.meshgov.console.act;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code meshgov.console.actions}: whether people may act from the console, and the Kafka it sends their commands to.
 *
 * @param enabled off under {@code prod} until the console verifies callers' tokens itself (docs/console.md)
 * @param bootstrapServers the broker the domains' topics are on
 * @param timeout how long a send waits for the broker's acknowledgement
 */
@ConfigurationProperties("meshgov.console.actions")
public record ActionSettings(boolean enabled, String bootstrapServers, Duration timeout) {}
