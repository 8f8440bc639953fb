package io.meshgov.catalog.stream;

import io.meshgov.catalog.run.DatasetFacts;
import io.meshgov.catalog.run.Observation;
import io.meshgov.catalog.run.ObservedRun;
import io.meshgov.catalog.run.RunEventReader;
import io.meshgov.kit.inbound.DeadLetter;
import io.meshgov.kit.inbound.SourceCoordinates;
import io.meshgov.mesh.DomainName;
import io.meshgov.mesh.InputTopic;
import io.meshgov.mesh.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Reads one record of the datasets' step, keyed for its dataset. From a domain's {@code mesh.<domain>.openlineage}
 * topic: a finished run becomes one observation per dataset it wrote and per dataset it read and measured; a run not
 * finished yet, nothing; anything else, a dead letter with the reason. From {@code mesh.governance.accepted}: an
 * accepted publication becomes its claim on each dataset it declares; any other accepted input, nothing. (One
 * source for both: Kafka Streams cannot add a topic that appears later to a task fed by two pattern sources.)
 */
final class RunIntake implements FixedKeyProcessor<String, byte[], RunIntake.Intake> {

    /** What one record became. */
    sealed interface Intake {}

    record Dead(DeadLetter letter) implements Intake {}

    /** What the record says about each dataset, keyed by the dataset. */
    record Seen(List<KeyValue<String, AtDataset>> atDatasets) implements Intake {}

    /** The kind of a dead letter the reader refused (there is no exception class: the reader returns a reason). */
    static final String NOT_A_RUN_EVENT = "io.meshgov.catalog.run.RunEventReader.Rejected";

    private final RunEventReader reader = new RunEventReader();
    private final Map<String, Optional<DomainName>> domainOfTopic = new HashMap<>(); // a task reads a few dozen topics
    private FixedKeyProcessorContext<String, Intake> context;

    @Override
    public void init(FixedKeyProcessorContext<String, Intake> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        RecordMetadata metadata = context.recordMetadata().orElseThrow();
        SourceCoordinates source = new SourceCoordinates(metadata.topic(), metadata.partition(), metadata.offset());
        if (source.topic().equals(Topics.GOVERNANCE_ACCEPTED)) {
            context.forward(record.withValue(new Seen(AcceptedClaims.of(record.value()))));
            return;
        }
        Optional<DomainName> domain = domainOfTopic.computeIfAbsent(source.topic(), InputTopic.OPENLINEAGE::domainOf);
        if (domain.isEmpty()) {
            dead(record, source, "topic " + source.topic() + " is not a domain's OpenLineage topic (a reserved name)");
            return;
        }
        RunEventReader.Reading reading = reader.read(record.value());
        if (reading instanceof RunEventReader.Rejected rejected) {
            dead(record, source, rejected.reason());
        } else if (reading instanceof RunEventReader.Finished finished) {
            context.forward(record.withValue(new Seen(observations(finished.run(), domain.get(), source))));
        } // a run not finished yet changes nothing
    }

    private static List<KeyValue<String, AtDataset>> observations(
            ObservedRun run, DomainName domain, SourceCoordinates at) {
        ObservedRun seen = new ObservedRun(
                run.runId(),
                run.failed(),
                run.eventTime(),
                run.jobNamespace(),
                run.jobName(),
                run.inputs().stream().map(DatasetFacts::nameOnly).toList(),
                List.of());
        List<KeyValue<String, AtDataset>> observations = new ArrayList<>();
        for (DatasetFacts output : run.outputs()) {
            observations.add(observed(
                    new Observation(seen, output, true, domain.value(), at.topic(), at.partition(), at.offset())));
        }
        for (DatasetFacts input : run.inputs()) {
            if (input.measured()) {
                observations.add(observed(
                        new Observation(seen, input, false, domain.value(), at.topic(), at.partition(), at.offset())));
            }
        }
        return observations;
    }

    private static KeyValue<String, AtDataset> observed(Observation observation) {
        return KeyValue.pair(observation.dataset().key(), AtDataset.observed(observation));
    }

    private void dead(FixedKeyRecord<String, byte[]> record, SourceCoordinates source, String reason) {
        context.forward(record.withValue(new Dead(new DeadLetter(record.value(), reason, NOT_A_RUN_EVENT, source))));
    }
}
