package io.meshgov.kit.test;

import io.meshgov.mesh.DomainName;
import io.meshgov.pipeline.MeshPublisher;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;

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
