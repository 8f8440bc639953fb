package io.meshgov.catalog.stream;

import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.run.DatasetBinding;
import io.meshgov.catalog.run.DatasetState;
import io.meshgov.catalog.view.ViewKeys;
import io.meshgov.events.DatasetBound;
import io.meshgov.events.RunAccepted;
import io.meshgov.kit.streams.Emission;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventCodec;
import io.meshgov.wire.EventSerdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * In the task of one dataset: applies {@link DatasetBinding} to its state and announces each decision on
 * {@code mesh.governance.accepted} (keyed by the bound product, after the publication that bound it: the binding,
 * then the runs accepted) or {@code mesh.governance.violations}.
 */
final class DatasetProcessor implements Processor<String, AtDataset, String, Emission> {

    private final DatasetBinding binding;
    private final Serializer<DatasetBound> bindings =
            EventSerdes.datasetsBound().serializer();
    private final Serializer<RunAccepted> runs = EventSerdes.runs().serializer();
    private final EventCodec outputs;
    private ProcessorContext<String, Emission> context;
    private KeyValueStore<String, DatasetState> datasets;
    private KeyValueStore<String, Violation> violationStore;

    DatasetProcessor(DatasetBinding binding, EventCodec outputs) {
        this.binding = binding;
        this.outputs = outputs;
    }

    @Override
    public void init(ProcessorContext<String, Emission> context) {
        this.context = context;
        datasets = context.getStateStore(ViewKeys.DATASETS);
        violationStore = context.getStateStore(ViewKeys.RUN_VIOLATIONS);
    }

    @Override
    public void process(Record<String, AtDataset> record) {
        DatasetState state = datasets.get(record.key());
        if (state == null) state = DatasetState.EMPTY;
        AtDataset at = record.value();
        DatasetBinding.Step step =
                at.claim() != null ? binding.claim(state, at.claim()) : binding.observe(state, at.observation());
        if (!step.state().equals(state)) datasets.put(record.key(), step.state());
        for (DatasetBinding.Decision decision : step.decisions()) {
            if (decision instanceof DatasetBinding.Bound bound) {
                DatasetBound event = OutputEvents.bound(bound.binding());
                emit(
                        Topics.GOVERNANCE_ACCEPTED,
                        event.getProductId(),
                        bindings.serialize(null, event),
                        record.timestamp());
            } else if (decision instanceof DatasetBinding.Accepted accepted) {
                RunAccepted event = OutputEvents.run(accepted.binding(), accepted.observation());
                emit(Topics.GOVERNANCE_ACCEPTED, event.getProductId(), runs.serialize(null, event), record.timestamp());
            } else if (decision instanceof DatasetBinding.Refused refused) {
                Violation v = refused.violation();
                if (violationStore.get(ViewKeys.violation(v)) != null) continue; // announced already
                violationStore.put(ViewKeys.violation(v), v);
                emit(
                        Topics.GOVERNANCE_VIOLATIONS,
                        v.productId(),
                        outputs.encode(OutputEvents.violation(v)),
                        context.currentSystemTimeMs());
            }
        }
    }

    private void emit(String topic, String key, byte[] value, long timestamp) {
        context.forward(new Record<>(key, new Emission(topic, value), timestamp));
    }
}
