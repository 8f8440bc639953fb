package io.meshgov.lineage.metrics;

import io.meshgov.kit.security.Caller;
import io.meshgov.kit.streams.StoreNotReady;
import io.meshgov.lineage.graph.Drift;
import io.meshgov.lineage.view.LineageQueries;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * {@code meshgov_lineage_drift_inputs{domain,product,version,kind}}: per drifting version, the inputs its runs read
 * undeclared ({@code kind="undeclared"}) and the declared ones no run read ({@code kind="unread"}), for at most
 * {@code meshgov.lineage.metrics-max-series} versions by product and version; the rest are counted in
 * {@code meshgov_lineage_drift_series_dropped}.
 */
public final class DriftMetrics {

    private final LineageQueries queries;
    private final int maxSeries;
    private final MultiGauge inputs;
    private final AtomicLong dropped = new AtomicLong();

    DriftMetrics(LineageQueries queries, int maxSeries, MeterRegistry registry) {
        this.queries = queries;
        this.maxSeries = maxSeries;
        this.inputs = MultiGauge.builder("meshgov.lineage.drift.inputs")
                .description("inputs a version's runs read undeclared, or declared and never read")
                .register(registry);
        registry.gauge("meshgov.lineage.drift.series.dropped", dropped);
    }

    @Scheduled(fixedDelayString = "${meshgov.lineage.metrics-refresh:15s}")
    void refresh() {
        try {
            var found = queries.drift(Caller.inLocalRun(), null, 0, maxSeries);
            dropped.set(found.totalItems() - found.items().size());
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            for (Drift d : found.items()) {
                Tags tags = Tags.of("domain", d.domain(), "product", d.productId(), "version", d.version());
                rows.add(MultiGauge.Row.of(
                        tags.and("kind", "undeclared"), d.undeclared().size()));
                rows.add(MultiGauge.Row.of(
                        tags.and("kind", "unread"), d.declaredNotRead().size()));
            }
            inputs.register(rows, true);
        } catch (StoreNotReady restoring) {
            // keep the last figures until the read model is back
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class DriftMetricsConfiguration {

        @Bean
        DriftMetrics driftMetrics(
                LineageQueries queries,
                @Value("${meshgov.lineage.metrics-max-series:500}") int maxSeries,
                MeterRegistry registry) {
            return new DriftMetrics(queries, maxSeries, registry);
        }
    }
}
