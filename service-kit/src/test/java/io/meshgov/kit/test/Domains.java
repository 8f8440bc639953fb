package io.meshgov.kit.test;

import io.meshgov.mesh.DomainName;
import io.meshgov.pipeline.MeshPublisher;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;

/** Domains' pipelines in a test: each publishes to its own topics, as in production. */
public final class Domains implements AutoCloseable {

    private final String bootstrapServers;
    private final Map<String, MeshPublisher> publishers = new ConcurrentHashMap<>();

    public Domains(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public void publish(String domain, SpecificRecord... events) {
        MeshPublisher publisher = publishers.computeIfAbsent(
                domain,
                d -> MeshPublisher.create(
                        DomainName.of(d), Map.of("bootstrap.servers", bootstrapServers, "linger.ms", 0)));
        try {
            for (SpecificRecord event : events) publisher.publish(event).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish for " + domain, e);
        }
    }

    @Override
    public void close() {
        publishers.values().forEach(MeshPublisher::close);
    }
}
