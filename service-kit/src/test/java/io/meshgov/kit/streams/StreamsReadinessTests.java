package io.meshgov.kit.streams;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

class StreamsReadinessTests {

    private final StreamsReadiness readiness = new StreamsReadiness();

    @Test
    void refusesQueriesUntilFirstRunningBecauseTheReadModelIsStillRestoring() {
        assertThat(readiness.canAnswerQueries()).isFalse();
        readiness.onChange(State.REBALANCING, State.CREATED);
        assertThat(readiness.canAnswerQueries()).isFalse();

        readiness.onChange(State.RUNNING, State.REBALANCING);

        assertThat(readiness.canAnswerQueries()).isTrue();
    }

    @Test
    void keepsAnsweringDuringALaterRebalanceButNotAfterAFailure() {
        readiness.onChange(State.REBALANCING, State.CREATED);
        readiness.onChange(State.RUNNING, State.REBALANCING);

        readiness.onChange(State.REBALANCING, State.RUNNING);
        assertThat(readiness.canAnswerQueries()).isTrue();

        readiness.onChange(State.PENDING_ERROR, State.REBALANCING);
        assertThat(readiness.canAnswerQueries()).isFalse();
    }

    @Test
    void waitsForARestartedClientToRunAgain() {
        readiness.onChange(State.REBALANCING, State.CREATED);
        readiness.onChange(State.RUNNING, State.REBALANCING);
        readiness.onChange(State.PENDING_SHUTDOWN, State.RUNNING);
        readiness.onChange(State.NOT_RUNNING, State.PENDING_SHUTDOWN);

        readiness.onChange(State.REBALANCING, State.CREATED);

        assertThat(readiness.canAnswerQueries()).isFalse();
    }
}
