package io.meshgov.kit.inbound;

import io.meshgov.wire.EventCodec;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a service reads and where what it cannot read goes.
 *
 * @param service the service's name, written on its dead letters
 * @param topics every topic it reads (domains' topics by pattern, so a new domain is picked up without a restart)
 * @param kinds the kind of each topic, or empty for one it does not expect
 * @param deadLetterTopic where undecodable records go
 * @param partitions partitions of the repartition topic (the service's processing tasks)
 * @param codec how records are decoded: single-object, or also Confluent-framed with a schema registry
 */
public record Inputs(
        String service,
        Pattern topics,
        Function<String, Optional<TopicKind>> kinds,
        String deadLetterTopic,
        int partitions,
        EventCodec codec) {}
