package io.meshgov.cli;

import io.meshgov.mesh.DomainName;
import io.meshgov.pipeline.MeshPublisher;
import io.meshgov.wire.EventSerializer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes a {@link Workload} through the pipelines' own {@link MeshPublisher} (one idempotent, {@code acks=all}
 * producer shared by every domain), optionally paced to a rate, counting what the broker acknowledged.
 */
public final class WorkloadPublisher implements AutoCloseable {

    private final Producer<String, SpecificRecord> producer;
    private final Map<String, MeshPublisher> publishers = new HashMap<>();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    private long due;

    public WorkloadPublisher(String bootstrap) {
        this(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    public WorkloadPublisher(Map<String, Object> config) {
        Map<String, Object> settings = new HashMap<>(config);
        settings.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        settings.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        settings.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        settings.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        this.producer = new KafkaProducer<>(settings, new StringSerializer(), new EventSerializer<>());
    }

    /** What a sender waits for before each event; returns at once while it is open. */
    @FunctionalInterface
    public interface Gate {
        void await() throws InterruptedException;
    }

    /** What to wait for between the workload's phases, once the earlier phases are acknowledged. */
    @FunctionalInterface
    public interface Barrier {
        void await(String phase) throws Exception;
    }

    /** Sends every event, at most {@code perSecond} a second when positive; returns how many were sent. */
    public long publish(Workload workload, int perSecond) throws Exception {
        return publish(workload, perSecond, phase -> {});
    }

    /** The same, calling {@code barrier} between phases after flushing what was sent. */
    public long publish(Workload workload, int perSecond, Barrier barrier) throws Exception {
        return publish(workload, perSecond, barrier, () -> {});
    }

    /** The same, calling {@code gate} before each send: it blocks while the sender must wait (a broker outage). */
    public long publish(Workload workload, int perSecond, Barrier barrier, Gate gate) throws Exception {
        return publish(workload, () -> perSecond, barrier, gate);
    }

    /** The same at a rate read before each send, so that a caller can slow the load down and speed it up again. */
    public long publish(Workload workload, IntSupplier perSecond, Barrier barrier, Gate gate) throws Exception {
        due = System.nanoTime();
        long sent = workload.emit(new Workload.Sink() {
            @Override
            public void accept(String domain, SpecificRecord event) throws Exception {
                pace(perSecond.getAsInt());
                gate.await();
                send(domain, event);
            }

            @Override
            public void phase(String name) throws Exception {
                producer.flush();
                barrier.await(name);
            }
        });
        producer.flush();
        return sent;
    }

    /**
     * Holds each send until it is due at {@code perSecond}. After a stall (a gate, a barrier) the sender catches up on
     * at most one second of sends, as a pipeline's buffer would, instead of bursting everything it is behind: the load
     * keeps flowing at its rate after an outage.
     */
    private void pace(int perSecond) throws InterruptedException {
        if (perSecond <= 0) return;
        long now = System.nanoTime();
        due = Math.max(due + TimeUnit.SECONDS.toNanos(1) / perSecond, now - TimeUnit.SECONDS.toNanos(1));
        if (due > now) TimeUnit.NANOSECONDS.sleep(due - now);
    }

    public void send(String domain, SpecificRecord event) {
        publishers
                .computeIfAbsent(domain, d -> new MeshPublisher(DomainName.of(d), producer))
                .publish(event)
                .whenComplete((metadata, error) -> {
                    if (error == null) {
                        acknowledged.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, error);
                    }
                });
    }

    public void flush() {
        producer.flush();
    }

    /** Events the broker acknowledged ({@code acks=all}). */
    public long acknowledged() {
        return acknowledged.get();
    }

    /** Events whose send failed for good (delivery timeout); never acknowledged, so never promised. */
    public long failed() {
        return failed.get();
    }

    public Throwable firstFailure() {
        return firstFailure.get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
