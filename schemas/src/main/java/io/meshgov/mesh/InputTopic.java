package io.meshgov.mesh;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The input topics every domain writes: {@code mesh.<domain>.products} (a product's lifecycle events, kept in order
 * on one topic), {@code mesh.<domain>.consumers} (written by the consuming domain), {@code mesh.<domain>.quality}
 * and {@code mesh.<domain>.openlineage} (its pipelines' OpenLineage run events).
 */
public enum InputTopic {
    PRODUCTS("products"),
    CONSUMERS("consumers"),
    QUALITY("quality"),
    /** OpenLineage run events as JSON, the way OpenLineage's own Kafka transport writes them (no Avro type). */
    OPENLINEAGE("openlineage");

    private final String suffix;
    private final Pattern pattern;

    InputTopic(String suffix) {
        this.suffix = suffix;
        this.pattern = Pattern.compile("mesh\\.(" + DomainName.SYNTAX + ")\\." + suffix);
    }

    /** The topic the given domain writes this kind of event to. */
    public String topicOf(DomainName domain) {
        return "mesh." + domain.value() + "." + suffix;
    }

    /** Matches every domain's topic of this kind, so a service subscribed to it picks up new domains by itself. */
    public Pattern pattern() {
        return pattern;
    }

    /** The domain whose topic this is, or empty when the topic is not one of this kind (or names a reserved domain). */
    public Optional<DomainName> domainOf(String topic) {
        Matcher m = pattern.matcher(topic);
        if (!m.matches() || DomainName.RESERVED.contains(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(DomainName.of(m.group(1)));
    }
}
