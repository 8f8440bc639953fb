package io.meshgov.kit.streams;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * What an alert rule needs of the service's health, as gauges: {@code meshgov_read_model_ready} (1 when the read
 * model answers queries, 0 while it restores or after the streams client stopped) and
 * {@code meshgov_broker_reachable} (1 when a broker answered the last check, made at most every two seconds).
 */
public final class ServiceStateMetrics implements MeterBinder {

    private final StreamsReadiness readiness;
    private final HealthIndicator broker;

    ServiceStateMetrics(StreamsReadiness readiness, HealthIndicator broker) {
        this.readiness = readiness;
        this.broker = broker;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("meshgov.read.model.ready", readiness, r -> r.canAnswerQueries() ? 1 : 0)
                .description("1 when the read model answers queries, 0 while it restores or is stopped")
                .register(registry);
        Gauge.builder(
                        "meshgov.broker.reachable",
                        broker,
                        b -> Status.UP.equals(b.health().getStatus()) ? 1 : 0)
                .description("1 when a Kafka broker answered the service's last check")
                .register(registry);
    }
}
