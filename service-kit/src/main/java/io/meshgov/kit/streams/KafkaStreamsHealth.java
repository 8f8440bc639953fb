package io.meshgov.kit.streams;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code kafkaStreams} in actuator health: UP when the read model can answer queries, OUT_OF_SERVICE while it is
 * restoring, DOWN when the streams client stopped or failed.
 */
public final class KafkaStreamsHealth implements HealthIndicator {

    private final StreamsReadiness readiness;

    public KafkaStreamsHealth(StreamsReadiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public Health health() {
        var state = readiness.state();
        Health.Builder health = readiness.canAnswerQueries()
                ? Health.up()
                : state.isRunningOrRebalancing() || state == org.apache.kafka.streams.KafkaStreams.State.CREATED
                        ? Health.outOfService()
                        : Health.down();
        return health.withDetail("state", state.name()).build();
    }
}
