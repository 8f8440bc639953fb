package io.meshgov.kit.test;

import io.meshgov.mesh.DomainName;
import io.meshgov.pipeline.MeshPublisher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Domains' pipelines in a test: each publishes to its own topics, as in production. */
public final class Domains implements AutoCloseable {

    private final Function<String, Map<String, Object>> clientSettings;
    private final Map<String, MeshPublisher> publishers = new ConcurrentHashMap<>();

    public Domains(String bootstrapServers) {
        this(domain -> Map.of("bootstrap.servers", bootstrapServers));
    }

    /** Domains that each connect with their own settings (their own principal on a secured broker). */
    public Domains(Function<String, Map<String, Object>> clientSettings) {
        this.clientSettings = clientSettings;
    }

    public void publish(String domain, SpecificRecord... events) {
        MeshPublisher publisher = publishers.computeIfAbsent(domain, d -> {
            Map<String, Object> settings = new HashMap<>(clientSettings.apply(d));
            settings.put("linger.ms", 0);
            return MeshPublisher.create(DomainName.of(d), settings);
        });
        List<CompletableFuture<RecordMetadata>> unacknowledged = new ArrayList<>();
        try {
            String previous = null;
            for (SpecificRecord event : events) {
                // one topic's events go out pipelined (the idempotent producer keeps each partition's order); the
                // first of another topic waits until all before it are on theirs, so that order across topics holds
                String topic = publisher.topicFor(event);
                if (!topic.equals(previous)) awaitAll(unacknowledged);
                previous = topic;
                unacknowledged.add(publisher.publish(event));
            }
            awaitAll(unacknowledged);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish for " + domain, e);
        }
    }

    private static void awaitAll(List<CompletableFuture<RecordMetadata>> sent) throws Exception {
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        sent.clear();
    }

    @Override
    public void close() {
        publishers.values().forEach(MeshPublisher::close);
    }
}
