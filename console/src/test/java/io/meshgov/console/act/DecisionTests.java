package io.meshgov.console.act;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionTests {

    private static final Instant SENT_AT = Instant.parse("2026-12-04T10:00:00.123Z");

    @Test
    void aViolationOfTheSentEventIsARefusalWithTheRuleAndTheReason() {
        List<?> violations = List.of(Map.of(
                "ruleId", "lifecycle", "reason", "cannot retire 2.1.0 before its sunset while 1 consumer(s) remain"));

        Decision decision = Decision.of(Action.RETIRE, violations, version("DEPRECATED", null, null), null, SENT_AT);

        assertThat(decision.state()).isEqualTo("REFUSED");
        assertThat(decision.reasons())
                .containsExactly("lifecycle: cannot retire 2.1.0 before its sunset while 1 consumer(s) remain");
        assertThat(decision.settled()).isTrue();
    }

    @Test
    void aDeprecationIsAppliedOnlyWhenTheCatalogRecordsItAtTheSentEventsTime() {
        Decision earlier = Decision.of(
                Action.DEPRECATE,
                List.of(),
                version("DEPRECATED", Instant.parse("2026-11-01T00:00:00Z"), null),
                null,
                SENT_AT);
        Decision this_one =
                Decision.of(Action.DEPRECATE, List.of(), version("DEPRECATED", SENT_AT, null), null, SENT_AT);

        assertThat(earlier.state()).as("deprecated before, by another event").isEqualTo("WAITING");
        assertThat(earlier.settled()).isFalse();
        assertThat(this_one.state()).isEqualTo("APPLIED");
    }

    @Test
    void aRegistrationIsAppliedWhenTheConsumerIsListedAndADeregistrationWhenItIsGone() {
        Target withJane = new Target(
                "p",
                "3.0.0",
                "ACTIVE",
                null,
                null,
                null,
                null,
                null,
                Map.of(),
                List.of(new Target.Consumer("jane.analyst", "HUMAN", "report", "jane@example.com", null)));
        Target without = version("ACTIVE", null, null);

        assertThat(Decision.of(Action.REGISTER, List.of(), withJane, "jane.analyst", SENT_AT)
                        .state())
                .isEqualTo("APPLIED");
        assertThat(Decision.of(Action.REGISTER, List.of(), without, "jane.analyst", SENT_AT)
                        .state())
                .isEqualTo("WAITING");
        assertThat(Decision.of(Action.DEREGISTER, List.of(), without, "jane.analyst", SENT_AT)
                        .state())
                .isEqualTo("APPLIED");
        assertThat(Decision.of(Action.DEREGISTER, List.of(), withJane, "jane.analyst", SENT_AT)
                        .state())
                .isEqualTo("WAITING");
    }

    private static Target version(String status, Instant deprecatedAt, Instant retiredAt) {
        return new Target("p", "2.1.0", status, deprecatedAt, retiredAt, null, null, null, Map.of(), List.of());
    }

    @Test
    void anOwnersDecisionOrAnAnswerIsAppliedWhenTheVersionShowsItAtTheSentTime() {
        Instant earlier = SENT_AT.minusSeconds(60);
        Target extended = new Target(
                "p",
                "2.1.0",
                "DEPRECATED",
                earlier,
                null,
                SENT_AT.plusSeconds(86_400 * 60),
                SENT_AT,
                null,
                Map.of(),
                List.of(new Target.Consumer("jane.analyst", "HUMAN", "report", "j@example.com", SENT_AT)));
        Target extendedBefore = new Target(
                "p",
                "2.1.0",
                "DEPRECATED",
                earlier,
                null,
                SENT_AT.plusSeconds(86_400 * 60),
                earlier,
                null,
                Map.of(),
                List.of(new Target.Consumer("jane.analyst", "HUMAN", "report", "j@example.com", earlier)));
        Target kept = new Target("p", "2.1.0", "ACTIVE", earlier, null, null, null, SENT_AT, Map.of(), List.of());

        assertThat(Decision.of(Action.EXTEND_SUNSET, List.of(), extended, "", SENT_AT)
                        .state())
                .isEqualTo("APPLIED");
        assertThat(Decision.of(Action.EXTEND_SUNSET, List.of(), extendedBefore, "", SENT_AT)
                        .state())
                .as("an earlier extension is not this one")
                .isEqualTo("WAITING");
        assertThat(Decision.of(Action.KEEP_SERVING, List.of(), kept, "", SENT_AT)
                        .state())
                .isEqualTo("APPLIED");
        assertThat(Decision.of(Action.ANSWER, List.of(), extended, "jane.analyst", SENT_AT)
                        .state())
                .isEqualTo("APPLIED");
        assertThat(Decision.of(Action.ANSWER, List.of(), extendedBefore, "jane.analyst", SENT_AT)
                        .state())
                .isEqualTo("WAITING");
    }

    @Test
    void anAccessRequestIsAppliedWhenListedAndADecisionWhenTheRequestWasDecidedAtItsTime() {
        Target pending = requests(new Target.Request("q1", "PENDING", null));
        Target decided = requests(new Target.Request("q1", "APPROVED", SENT_AT));
        Target decidedBefore = requests(new Target.Request("q1", "DENIED", SENT_AT.minusSeconds(60)));

        assertThat(Decision.of(Action.REQUEST_ACCESS, List.of(), requests(), "q1", SENT_AT)
                        .state())
                .isEqualTo("WAITING");
        assertThat(Decision.of(Action.REQUEST_ACCESS, List.of(), pending, "q1", SENT_AT)
                        .state())
                .isEqualTo("APPLIED");
        assertThat(Decision.of(Action.DECIDE_ACCESS, List.of(), pending, "q1", SENT_AT)
                        .state())
                .isEqualTo("WAITING");
        assertThat(Decision.of(Action.DECIDE_ACCESS, List.of(), decided, "q1", SENT_AT)
                        .state())
                .isEqualTo("APPLIED");
        assertThat(Decision.of(Action.DECIDE_ACCESS, List.of(), decidedBefore, "q1", SENT_AT)
                        .state())
                .as("decided by another event")
                .isEqualTo("WAITING");
    }

    private static Target requests(Target.Request... requests) {
        return new Target("p", "3.0.0", "ACTIVE", null, null, null, null, null, Map.of(), List.of(), List.of(requests));
    }
}
