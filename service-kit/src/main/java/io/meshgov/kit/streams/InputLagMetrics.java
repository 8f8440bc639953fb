package io.meshgov.kit.streams;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code meshgov_input_lag_records}: input records the service's consumer group has not committed yet, summed over
 * the input partitions it has committed before, measured from outside the stream threads every few seconds. The
 * consumer's own lag metrics are updated by fetches, so a stream thread stuck in a slow step (or a dead one) freezes
 * them; this gauge keeps growing while new input arrives, which is what an alert on "not keeping up" needs. -1
 * while it cannot be measured (no broker).
 */
public final class InputLagMetrics implements AutoCloseable {

    private final String group;
    private final Admin admin;
    private final AtomicLong lag = new AtomicLong(-1);
    private final ScheduledExecutorService every;

    public InputLagMetrics(Map<String, Object> adminConfig, String group, MeterRegistry registry, Duration period) {
        Map<String, Object> config = new HashMap<>(adminConfig);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        this.group = group;
        this.admin = Admin.create(config);
        Gauge.builder("meshgov.input.lag", lag, AtomicLong::get)
                .description("input records not yet processed and committed by this service's consumer group")
                .baseUnit("records")
                .tag("group", group)
                .register(registry);
        this.every = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "input-lag");
            thread.setDaemon(true);
            return thread;
        });
        every.scheduleWithFixedDelay(this::measure, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    public long lag() {
        return lag.get();
    }

    private void measure() {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(5, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> inputs = new HashMap<>();
            committed.keySet().stream()
                    .filter(tp -> !tp.topic().startsWith(group + "-")) // internal repartition topics
                    .forEach(tp -> inputs.put(tp, OffsetSpec.latest()));
            long total = 0;
            var ends = admin.listOffsets(inputs).all().get(5, TimeUnit.SECONDS);
            for (var end : ends.entrySet()) {
                total += Math.max(
                        0, end.getValue().offset() - committed.get(end.getKey()).offset());
            }
            lag.set(total);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception unmeasurable) {
            lag.set(-1);
        }
    }

    @Override
    public void close() {
        every.shutdownNow();
        admin.close(Duration.ofSeconds(1));
    }
}
