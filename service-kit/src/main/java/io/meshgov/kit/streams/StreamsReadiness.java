package io.meshgov.kit.streams;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Whether queries may be answered. The read model is complete once the instance first reaches RUNNING (its global
 * store is restored before that); a later rebalance moves processing tasks but leaves the read model whole.
 */
public final class StreamsReadiness implements KafkaStreams.StateListener {

    private final AtomicReference<KafkaStreams.State> state = new AtomicReference<>(KafkaStreams.State.CREATED);
    private final AtomicBoolean wasRunning = new AtomicBoolean();

    @Override
    public void onChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
        state.set(newState);
        if (newState == KafkaStreams.State.RUNNING) wasRunning.set(true);
        // a stopped client's successor restores its read model again before it may answer
        if (!newState.isRunningOrRebalancing()) wasRunning.set(false);
    }

    public KafkaStreams.State state() {
        return state.get();
    }

    public boolean canAnswerQueries() {
        KafkaStreams.State current = state.get();
        return current == KafkaStreams.State.RUNNING || (current == KafkaStreams.State.REBALANCING && wasRunning.get());
    }
}
