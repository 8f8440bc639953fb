package io.meshgov.console.mesh;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the console finds the services ({@code meshgov.console.*}).
 *
 * @param catalog catalog-service's base URL
 * @param lineage lineage-service's base URL
 * @param quality quality-service's base URL
 * @param timeout how long a page waits for one service before it says the service is unavailable
 */
@ConfigurationProperties("meshgov.console")
public record ServiceUrls(URI catalog, URI lineage, URI quality, Duration timeout) {}
