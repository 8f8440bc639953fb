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
 * Holds the fault run's publisher while the broker is down and until every partition has a leader again after its
 * restart, as a pipeline blocks on its full buffer. The events sent just before the stop are in flight through it.
 */
final class BrokerGate {

    private volatile CountDownLatch closed = new CountDownLatch(0);

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

    void await() throws InterruptedException {
        closed.await();
    }
}
