package io.meshgov.kit.streams;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code kafkaBroker} in actuator health: DOWN while no broker answers. A streams client stays RUNNING through a
 * broker outage (it retries quietly), so its state alone would report a service that cannot ingest as UP. One
 * describe-cluster call of at most two seconds, remembered for two seconds so that scrapes cannot pile up calls.
 */
public final class BrokerHealth implements HealthIndicator, AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private final Map<String, Object> adminConfig;
    private Admin admin;
    private Health last;
    private long checkedAt;

    public BrokerHealth(Map<String, Object> adminConfig) {
        this.adminConfig = new HashMap<>(adminConfig);
        this.adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        this.adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    }

    @Override
    public synchronized Health health() {
        if (last != null && System.nanoTime() - checkedAt < TIMEOUT.toNanos()) return last;
        last = check();
        checkedAt = System.nanoTime();
        return last;
    }

    private Health check() {
        try {
            if (admin == null) admin = Admin.create(adminConfig);
            var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
            int brokers = cluster.nodes()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .size();
            return Health.up().withDetail("brokers", brokers).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Health.down()
                    .withDetail(
                            "error",
                            "no broker answered within " + TIMEOUT.toSeconds() + " s: "
                                    + cause.getClass().getSimpleName())
                    .build();
        }
    }

    @Override
    public synchronized void close() {
        if (admin != null) admin.close(Duration.ofSeconds(1));
    }
}
