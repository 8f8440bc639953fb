package io.meshgov.console.mesh;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The domains' names, for the catalog's filter and the forms' domain picker. The catalog's domain list is an
 * aggregate over the whole catalog (seconds on the benchmark's 10,000 products), so no page waits for it: a page gets
 * the names last read, and a read in the background starts when they are older than a minute. Until the first read
 * lands the list is empty and the fields are free text. A cache of names, not state: nothing is decided from it.
 */
public final class KnownDomains {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final ServiceApi catalog;
    private final Clock clock;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile List<String> names = List.of();
    private volatile Instant readAt = Instant.MIN;

    public KnownDomains(ServiceApi catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The names last read; starts a read in the background when they are stale (with the caller's token). */
    public List<String> names(String authorization) {
        if (readAt.plus(FRESH_FOR).isBefore(clock.instant()) && reading.compareAndSet(false, true)) {
            CompletableFuture.runAsync(() -> read(authorization));
        }
        return names;
    }

    private void read(String authorization) {
        try {
            if (catalog.get("/api/domains", authorization) instanceof Reply.Ok ok
                    && ok.body() instanceof List<?> domains) {
                names = domains.stream()
                        .filter(d -> d instanceof Map<?, ?> m && m.get("domain") instanceof String)
                        .map(d -> (String) ((Map<?, ?>) d).get("domain"))
                        .sorted()
                        .toList();
                readAt = clock.instant();
            }
        } finally {
            reading.set(false);
        }
    }
}
