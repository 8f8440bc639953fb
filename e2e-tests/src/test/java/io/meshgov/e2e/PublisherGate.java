package io.meshgov.e2e;

import io.meshgov.admin.TopicLeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * What the fault run's publisher passes before each event. It holds the publisher while the broker is down and until
 * every partition has a leader again after its restart, as a pipeline blocks on its full buffer (the events sent just
 * before the stop are in flight through it); and it slows the publisher to a trickle while the services are killed,
 * so that the load outlasts the kills on any machine: at full rate a slower machine's publisher finished before the
 * third kill, and the last three found no events arriving.
 */
final class PublisherGate {

    private volatile CountDownLatch closed = new CountDownLatch(0);
    private volatile long pauseNanos;

    void close() {
        closed = new CountDownLatch(1);
    }

    void openOnceEveryPartitionHasALeader(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith("mesh."))
                    .toList();
            TopicLeaders.await(admin, topics, Duration.ofSeconds(60));
        }
        closed.countDown();
    }

    /** At most {@code perSecond} events a second pass until {@link #fullRate}. */
    void trickle(int perSecond) {
        pauseNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
    }

    void fullRate() {
        pauseNanos = 0;
    }

    void await() throws InterruptedException {
        closed.await();
        long pause = pauseNanos;
        if (pause > 0) TimeUnit.NANOSECONDS.sleep(pause);
    }
}
