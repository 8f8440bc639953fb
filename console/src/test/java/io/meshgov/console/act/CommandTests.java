package io.meshgov.console.act;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.events.AccessDecided;
import io.meshgov.events.AccessDecision;
import io.meshgov.events.AccessRequested;
import io.meshgov.events.ConsumerDeregistered;
import io.meshgov.events.ConsumerKind;
import io.meshgov.events.ConsumerRegistered;
import io.meshgov.events.DataProductVersionDeprecated;
import io.meshgov.events.DataProductVersionRetired;
import io.meshgov.events.DataProductVersionSunsetExtended;
import io.meshgov.events.DeprecationAnswer;
import io.meshgov.events.DeprecationAnswered;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandTests {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration NOTICE = Duration.ofDays(30);

    /** 2.1 deprecated with the analyst still on it, 3.0 active: the seed's story. */
    private static final Target TWO_ONE = new Target(
            "top-10-customers",
            "2.1.0",
            "DEPRECATED",
            Instant.parse("2026-11-01T00:00:00Z"),
            null,
            Instant.parse("2027-01-31T00:00:00Z"),
            null,
            null,
            Map.of("2.1.0", "DEPRECATED", "3.0.0", "ACTIVE"),
            List.of(new Target.Consumer("jane.analyst", "HUMAN", "weekly churn report", "jane@example.com", null)));

    private static final Target THREE_O = new Target(
            "top-10-customers",
            "3.0.0",
            "ACTIVE",
            null,
            null,
            null,
            null,
            null,
            Map.of("2.1.0", "DEPRECATED", "3.0.0", "ACTIVE"),
            List.of());

    @Test
    void aRegistrationBecomesTheConsumersEventOnItsOwnDomainsTopic() {
        Command command = Command.of(
                Action.REGISTER,
                form("finance", "jane.analyst", "human", "weekly churn report", "jane@example.com", null, null, null),
                THREE_O,
                NOTICE,
                NOW);

        assertThat(command.errors()).isEmpty();
        assertThat(command.domain()).isEqualTo("finance");
        assertThat(command.event()).isInstanceOfSatisfying(ConsumerRegistered.class, e -> {
            assertThat(e.getProductId()).isEqualTo("top-10-customers");
            assertThat(e.getVersion()).isEqualTo("3.0.0");
            assertThat(e.getConsumerId()).isEqualTo("jane.analyst");
            assertThat(e.getKind()).isEqualTo(ConsumerKind.HUMAN);
        });
    }

    @Test
    void aDeregistrationRepeatsWhatTheConsumerRegisteredWith() {
        Command command = Command.of(
                Action.DEREGISTER,
                form("finance", "jane.analyst", null, null, null, null, null, null),
                TWO_ONE,
                NOTICE,
                NOW);

        assertThat(command.event()).isInstanceOfSatisfying(ConsumerDeregistered.class, e -> {
            assertThat(e.getPurpose()).isEqualTo("weekly churn report");
            assertThat(e.getContact()).isEqualTo("jane@example.com");
            assertThat(e.getVersion()).isEqualTo("2.1.0");
        });
    }

    @Test
    void aDeregistrationOfSomeoneNotRegisteredIsRefusedBeforeSending() {
        Command command = Command.of(
                Action.DEREGISTER, form("finance", "nobody", null, null, null, null, null, null), TWO_ONE, NOTICE, NOW);

        assertThat(command.valid()).isFalse();
        assertThat(command.event()).isNull();
        assertThat(command.errors()).containsEntry("consumerId", "nobody is not registered to 2.1.0");
    }

    @Test
    void aDeprecationNamesItsReplacementAsTheCatalogWritesIt() {
        Command command = Command.of(
                Action.DEPRECATE,
                form("sales", null, null, null, null, "superseded", "2027-02-01", "3.0"),
                new Target(
                        "top-10-customers",
                        "2.1.0",
                        "ACTIVE",
                        null,
                        null,
                        null,
                        null,
                        null,
                        Map.of("2.1.0", "ACTIVE", "3.0.0", "ACTIVE"),
                        List.of()),
                NOTICE,
                NOW);

        assertThat(command.event()).isInstanceOfSatisfying(DataProductVersionDeprecated.class, e -> {
            assertThat(e.getReplacementVersion()).isEqualTo("3.0.0");
            assertThat(e.getSunsetAt()).isEqualTo(Instant.parse("2027-02-01T00:00:00Z"));
        });
    }

    @Test
    void aSunsetInThePastOrInsideTheNoticePeriodIsAFieldMessageAndNothingIsBuilt() {
        Command past = Command.of(
                Action.DEPRECATE,
                form("sales", null, null, null, null, "old", "2026-01-01", null),
                THREE_O,
                NOTICE,
                NOW);
        Command tooSoon = Command.of(
                Action.DEPRECATE,
                form("sales", null, null, null, null, "old", "2026-12-20", null),
                THREE_O,
                NOTICE,
                NOW);
        Command notADate = Command.of(
                Action.DEPRECATE,
                form("sales", null, null, null, null, "old", "next week", null),
                THREE_O,
                NOTICE,
                NOW);

        assertThat(past.errors()).containsEntry("sunset", "the sunset 2026-01-01 is in the past");
        assertThat(tooSoon.errors().get("sunset"))
                .startsWith("the sunset must be at least 30 days away")
                .contains("the earliest is 2027-01-04");
        assertThat(notADate.errors()).containsEntry("sunset", "'next week' is not a date (YYYY-MM-DD)");
        assertThat(List.of(past, tooSoon, notADate))
                .allSatisfy(c -> assertThat(c.event()).isNull());
    }

    @Test
    void anUnknownReplacementABadDomainAndMissingFieldsAreEachNamed() {
        Command command = Command.of(
                Action.DEPRECATE,
                form("Not A Domain", null, null, null, null, " ", "2027-06-01", "9.9"),
                THREE_O,
                NOTICE,
                NOW);

        assertThat(command.errors()).containsOnlyKeys("domain", "reason", "replacement");
        assertThat(command.errors().get("replacement")).isEqualTo("'9.9' is not a version of top-10-customers");
    }

    @Test
    void aRetirementNeedsAReasonAndLeavesTheTimingToTheCatalog() {
        Command command = Command.of(
                Action.RETIRE,
                form("sales", null, null, null, null, "replaced by 3.0", null, null),
                TWO_ONE,
                NOTICE,
                NOW);

        assertThat(command.event())
                .isInstanceOfSatisfying(DataProductVersionRetired.class, e -> assertThat(e.getReason())
                        .isEqualTo("replaced by 3.0"));
    }

    @Test
    void theOwnerMovesTheSunsetOnlyLaterAndKeepsServingOnlyADeprecatedVersion() {
        Command extend = Command.of(
                Action.EXTEND_SUNSET,
                form("sales", null, null, null, null, "finance's close", "2027-03-02", null),
                TWO_ONE,
                NOTICE,
                NOW);
        Command earlier = Command.of(
                Action.EXTEND_SUNSET,
                form("sales", null, null, null, null, "finance's close", "2027-01-15", null),
                TWO_ONE,
                NOTICE,
                NOW);
        Command keepActive = Command.of(
                Action.KEEP_SERVING,
                form("sales", null, null, null, null, "too many", null, null),
                THREE_O,
                NOTICE,
                NOW);

        assertThat(extend.event())
                .isInstanceOfSatisfying(DataProductVersionSunsetExtended.class, e -> assertThat(e.getSunsetAt())
                        .isEqualTo(Instant.parse("2027-03-02T00:00:00Z")));
        assertThat(earlier.errors()).containsEntry("sunset", "the sunset only moves later than 2027-01-31");
        assertThat(keepActive.errors()).containsEntry("version", "version 3.0.0 is ACTIVE, not deprecated");
    }

    @Test
    void aConsumerAnswersWithADateOrAReasonAsItsAnswerNeeds() {
        Command asks = Command.of(
                Action.ANSWER,
                answer("jane.analyst", "EXTENSION_REQUESTED", "2027-03-01", "quarter-end close"),
                TWO_ONE,
                NOTICE,
                NOW);
        Command tooEarly = Command.of(
                Action.ANSWER,
                answer("jane.analyst", "EXTENSION_REQUESTED", "2027-01-01", "close"),
                TWO_ONE,
                NOTICE,
                NOW);
        Command stranger =
                Command.of(Action.ANSWER, answer("bob", "ACKNOWLEDGED", "2027-01-01", null), TWO_ONE, NOTICE, NOW);
        Command unexplained =
                Command.of(Action.ANSWER, answer("jane.analyst", "OBJECTED", null, " "), TWO_ONE, NOTICE, NOW);

        assertThat(asks.domain()).isEqualTo("finance");
        assertThat(asks.event()).isInstanceOfSatisfying(DeprecationAnswered.class, e -> {
            assertThat(e.getAnswer()).isEqualTo(DeprecationAnswer.EXTENSION_REQUESTED);
            assertThat(e.getPlannedAt()).isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));
        });
        assertThat(tooEarly.errors()).containsEntry("planned", "an extension asks for a sunset after 2027-01-31");
        assertThat(stranger.errors()).containsEntry("consumerId", "bob is not registered to 2.1.0");
        assertThat(unexplained.errors()).containsEntry("reason", "reason is required");
    }

    /** 3.0 with one pending request from finance and one sales approved already. */
    private static final Target THREE_O_REQUESTED = new Target(
            "top-10-customers",
            "3.0.0",
            "ACTIVE",
            null,
            null,
            null,
            null,
            null,
            Map.of("2.1.0", "DEPRECATED", "3.0.0", "ACTIVE"),
            List.of(),
            List.of(
                    new Target.Request("q1", "PENDING", null),
                    new Target.Request("q0", "APPROVED", Instant.parse("2026-11-02T00:00:00Z"))));

    @Test
    void anAccessRequestIsTheConsumersEventWithItsEndAndANewId() {
        Command command = Command.of(
                Action.REQUEST_ACCESS,
                access("finance", "q2", "jane.analyst", "2027-03-31", null, null),
                THREE_O_REQUESTED,
                NOTICE,
                NOW);
        Command reused = Command.of(
                Action.REQUEST_ACCESS,
                access("finance", "q1", "jane.analyst", "2027-03-31", null, null),
                THREE_O_REQUESTED,
                NOTICE,
                NOW);
        Command past = Command.of(
                Action.REQUEST_ACCESS,
                access("finance", "q3", "jane.analyst", "2026-12-01", null, null),
                THREE_O_REQUESTED,
                NOTICE,
                NOW);

        assertThat(command.errors()).isEmpty();
        assertThat(command.domain()).isEqualTo("finance");
        assertThat(command.event()).isInstanceOfSatisfying(AccessRequested.class, e -> {
            assertThat(e.getRequestId()).isEqualTo("q2");
            assertThat(e.getVersion()).isEqualTo("3.0.0");
            assertThat(e.getConsumerId()).isEqualTo("jane.analyst");
            assertThat(e.getUntil()).isEqualTo(Instant.parse("2027-03-31T00:00:00Z"));
        });
        assertThat(reused.errors()).containsEntry("requestId", "request q1 exists already: choose a new id");
        assertThat(past.errors()).containsEntry("until", "2026-12-01 is not in the future");
    }

    @Test
    void theOwnerDecidesOnlyAPendingRequestAndADenialSaysWhy() {
        Command approved = Command.of(
                Action.DECIDE_ACCESS,
                access("sales", "q1", null, "2027-01-31", "APPROVED", null),
                THREE_O_REQUESTED,
                NOTICE,
                NOW);
        Command again = Command.of(
                Action.DECIDE_ACCESS,
                access("sales", "q0", null, null, "DENIED", "no"),
                THREE_O_REQUESTED,
                NOTICE,
                NOW);
        Command unexplained = Command.of(
                Action.DECIDE_ACCESS,
                access("sales", "q1", null, null, "DENIED", null),
                THREE_O_REQUESTED,
                NOTICE,
                NOW);
        Command unknown = Command.of(
                Action.DECIDE_ACCESS,
                access("sales", "q9", null, null, "APPROVED", null),
                THREE_O_REQUESTED,
                NOTICE,
                NOW);

        assertThat(approved.event()).isInstanceOfSatisfying(AccessDecided.class, e -> {
            assertThat(e.getDecision()).isEqualTo(AccessDecision.APPROVED);
            assertThat(e.getUntil()).isEqualTo(Instant.parse("2027-01-31T00:00:00Z"));
        });
        assertThat(again.errors()).containsEntry("requestId", "request q0 is APPROVED already");
        assertThat(unexplained.errors()).containsEntry("reason", "reason is required");
        assertThat(unknown.errors()).containsEntry("requestId", "no access request q9 to 3.0.0");
    }

    private static ActionForm access(
            String domain, String requestId, String consumer, String until, String decision, String reason) {
        return new ActionForm(
                domain,
                consumer,
                consumer == null ? null : "HUMAN",
                consumer == null ? null : "quarterly revenue",
                consumer == null ? null : consumer + "@example.com",
                reason,
                null,
                null,
                null,
                null,
                requestId,
                until,
                decision);
    }

    private static ActionForm answer(String consumer, String kind, String planned, String reason) {
        return new ActionForm("finance", consumer, null, null, null, reason, null, null, kind, planned);
    }

    private static ActionForm form(
            String domain,
            String consumerId,
            String kind,
            String purpose,
            String contact,
            String reason,
            String sunset,
            String replacement) {
        return new ActionForm(domain, consumerId, kind, purpose, contact, reason, sunset, replacement, null, null);
    }
}
