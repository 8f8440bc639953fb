package io.meshgov.kit.inbound;

import io.meshgov.mesh.DomainName;
import io.meshgov.mesh.InputTopic;
import io.meshgov.wire.MeshEventType;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one topic may carry and for which domain it speaks (null: a platform topic, written by a service).
 *
 * @param accepted the event types that belong on it; any other is dead-lettered
 */
public record TopicKind(Set<MeshEventType> accepted, String domain) {

    public TopicKind {
        accepted = Set.copyOf(accepted);
    }

    /** A platform topic (one writer, a service) carrying the given types. */
    public static TopicKind platform(MeshEventType first, MeshEventType... more) {
        return new TopicKind(EnumSet.of(first, more), null);
    }

    /**
     * The kind of a topic a service reads: one of the platform topics it names, else a domain's input topic of one of
     * the given kinds (each event type on the kind of topic its schema belongs to), else empty (a reserved or unknown
     * name, which the service does not read).
     */
    public static Optional<TopicKind> of(String topic, Map<String, TopicKind> platform, Set<InputTopic> inputs) {
        TopicKind known = platform.get(topic);
        if (known != null) return Optional.of(known);
        for (InputTopic input : inputs) {
            Optional<DomainName> domain = input.domainOf(topic);
            if (domain.isPresent()) {
                Set<MeshEventType> accepted = EnumSet.noneOf(MeshEventType.class);
                for (MeshEventType type : MeshEventType.values()) {
                    if (type.inputTopic().equals(Optional.of(input))) accepted.add(type);
                }
                return Optional.of(new TopicKind(accepted, domain.get().value()));
            }
        }
        return Optional.empty();
    }
}
