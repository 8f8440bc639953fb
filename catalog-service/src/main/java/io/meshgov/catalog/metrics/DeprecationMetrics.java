package io.meshgov.catalog.metrics;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.ProductVersion;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * What an alert rule on a near sunset routes by, refreshed with {@link GovernanceMetrics}:
 *
 * <ul>
 *   <li>{@code meshgov_catalog_deprecated_version_sunset_timestamp_seconds{product,version,domain}}: the sunset of each
 *       deprecated version, as Unix time (one series per deprecated version, like its consumer count);
 *   <li>{@code meshgov_catalog_deprecated_version_consumer{product,version,domain,consumer,consumer_domain,state}}: 1
 *       for each consumer still on a deprecated version (its alert OPEN or ESCALATED), {@code domain} the owner's, for
 *       at most {@code meshgov.catalog.metrics-max-consumer-series} consumers in alert order; the rest are counted in
 *       {@code meshgov_catalog_deprecated_version_consumer_series_dropped} rather than exploding Prometheus' label
 *       cardinality (the version-level series still count them all).
 * </ul>
 */
final class DeprecationMetrics {

    private final int maxConsumerSeries;
    private final MultiGauge sunsets;
    private final MultiGauge consumers;
    private final AtomicLong dropped = new AtomicLong();

    DeprecationMetrics(int maxConsumerSeries, MeterRegistry registry) {
        this.maxConsumerSeries = maxConsumerSeries;
        sunsets = MultiGauge.builder("meshgov.catalog.deprecated.version.sunset.timestamp.seconds")
                .description("the sunset of a deprecated version, as Unix time")
                .register(registry);
        consumers = MultiGauge.builder("meshgov.catalog.deprecated.version.consumer")
                .description("1 for a consumer still on a deprecated version")
                .register(registry);
        registry.gauge("meshgov.catalog.deprecated.version.consumer.series.dropped", dropped);
    }

    /** A deprecated version, as its series name it. */
    record Deprecated(String productId, String version, String domain, long sunsetAt) {
        static Deprecated of(Product p, ProductVersion v) {
            return new Deprecated(
                    p.id(), v.version(), p.domain(), v.deprecation().sunsetAt().getEpochSecond());
        }

        Tags tags() {
            return Tags.of("product", productId, "version", version, "domain", domain);
        }
    }

    /** Takes the pending alerts in order: keeps the first {@code maxConsumerSeries}, counts the rest. */
    Pending pending() {
        return new Pending(maxConsumerSeries);
    }

    static final class Pending implements Consumer<Alert> {
        private final int max;
        private final List<Alert> kept = new ArrayList<>();
        private long beyond;

        private Pending(int max) {
            this.max = max;
        }

        @Override
        public void accept(Alert a) {
            if (kept.size() < max) kept.add(a);
            else beyond++;
        }
    }

    void refresh(List<Deprecated> deprecated, Pending pending) {
        List<MultiGauge.Row<?>> sunsetRows = new ArrayList<>();
        for (Deprecated d : deprecated) sunsetRows.add(MultiGauge.Row.of(d.tags(), d.sunsetAt()));
        List<MultiGauge.Row<?>> consumerRows = new ArrayList<>();
        for (Alert a : pending.kept) {
            consumerRows.add(MultiGauge.Row.of(
                    Tags.of(
                            "product", a.productId(),
                            "version", a.version(),
                            "domain", a.ownerDomain(),
                            "consumer", a.consumerId(),
                            "consumer_domain", a.consumerDomain(),
                            "state", a.state().name()),
                    1));
        }
        dropped.set(pending.beyond);
        sunsets.register(sunsetRows, true);
        consumers.register(consumerRows, true);
    }
}
