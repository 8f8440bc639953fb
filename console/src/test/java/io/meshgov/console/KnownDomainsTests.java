package io.meshgov.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.console.mesh.KnownDomains;
import io.meshgov.console.mesh.ServiceApi;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pages never wait for the catalog's domain aggregate: they get the names last read, refreshed once a minute. */
class KnownDomainsTests {

    private final RecordedServices catalog = RecordedServices.start().recorded("/api/domains", "domains.json");
    private Instant now = Instant.parse("2026-12-05T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final KnownDomains domains =
            new KnownDomains(ServiceApi.of("catalog-service", URI.create(catalog.url()), Duration.ofSeconds(5)), clock);

    @AfterEach
    void stop() {
        catalog.close();
    }

    @Test
    void theFirstPageGetsNoNamesRatherThanWaitAndLaterPagesGetTheNamesRead() {
        assertThat(domains.names(null)).isEmpty();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(domains.names(null))
                .containsExactly("customer", "finance", "marketing", "sales"));
        assertThat(reads()).isEqualTo(1);
    }

    @Test
    void theNamesAreReadAgainOnlyOnceAMinuteHasPassed() {
        domains.names("Bearer first");
        await().atMost(Duration.ofSeconds(10)).until(() -> !domains.names(null).isEmpty());

        now = now.plusSeconds(59);
        domains.names(null);
        long withinTheMinute = reads();
        now = now.plusSeconds(2);
        domains.names("Bearer later");

        assertThat(withinTheMinute).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> reads() == 2);
        assertThat(catalog.requests())
                .extracting(RecordedServices.Request::authorization)
                .containsExactly("Bearer first", "Bearer later");
    }

    private long reads() {
        return catalog.requests().stream()
                .filter(r -> r.path().equals("/api/domains"))
                .count();
    }
}
