package io.meshgov.admin.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.events.AccessGrantChanged;
import io.meshgov.events.AccessGrantState;
import io.meshgov.events.AccessResource;
import io.meshgov.events.AccessResourceKind;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.junit.jupiter.api.Test;

/** Which ACLs recorded grants call for: the reconciler's decisions, without a broker (the broker's run is tested in
 * catalog-service's {@code SecuredBrokerTests}). */
class AccessReconcilerTests {

    private static final Instant NOW = Instant.parse("2026-12-07T00:00:00Z");
    private static final String TOPIC = "mesh.sales.top-10-customers.v3";

    @Test
    void aGrantInForceIsReadAndDescribeOnExactlyItsTopicsForTheReadersPrincipal() {
        var acls = AccessReconciler.wanted(List.of(grant("q1", "finance", AccessGrantState.GRANTED, 1)), NOW);

        assertThat(acls)
                .extracting(AccessReconcilerTests::describe)
                .containsExactlyInAnyOrder(
                        "User:domain-finance READ " + TOPIC + " LITERAL",
                        "User:domain-finance DESCRIBE " + TOPIC + " LITERAL");
    }

    @Test
    void anExpiredDeniedOrEndedGrantCallsForNothingButStaysManaged() {
        var expired = grant("q1", "finance", AccessGrantState.EXPIRED, 1);
        var denied = grant("m1", "marketing", AccessGrantState.DENIED, 1);
        var ended = grant("q2", "hr", AccessGrantState.GRANTED, -1); // its end came before the catalog said so

        assertThat(AccessReconciler.wanted(List.of(expired, denied, ended), NOW))
                .isEmpty();
        assertThat(AccessReconciler.managed(List.of(expired, ended)))
                .extracting(AccessReconcilerTests::describe)
                .contains(
                        "User:domain-finance READ " + TOPIC + " LITERAL", "User:domain-hr READ " + TOPIC + " LITERAL");
    }

    @Test
    void anAclTwoGrantsShareStaysWhileOneIsInForce() {
        var expired = grant("q1", "finance", AccessGrantState.EXPIRED, 1);
        var renewed = grant("q2", "finance", AccessGrantState.GRANTED, 30);

        assertThat(AccessReconciler.wanted(List.of(expired, renewed), NOW)).hasSize(2);
    }

    @Test
    void aTopicOutsideTheOwnersPrefixIsNeverGrantedAndIsReported() {
        var foreign = AccessGrantChanged.newBuilder(grant("q1", "finance", AccessGrantState.GRANTED, 1))
                .setResources(List.of(new AccessResource(AccessResourceKind.KAFKA_TOPIC, "mesh.hr.salaries")))
                .build();

        assertThat(AccessReconciler.wanted(List.of(foreign), NOW)).isEmpty();
        assertThat(AccessReconciler.refused(List.of(foreign)))
                .containsExactly("q1: mesh.hr.salaries is not under mesh.sales.");
    }

    private static AccessGrantChanged grant(String requestId, String reader, AccessGrantState state, int daysLeft) {
        return AccessGrantChanged.newBuilder()
                .setEventId(requestId + "-" + state)
                .setOccurredAt(NOW.minusSeconds(86_400))
                .setRequestId(requestId)
                .setProductId("top-10-customers")
                .setVersion("3.0.0")
                .setOwnerDomain("sales")
                .setReaderDomain(reader)
                .setConsumerId(reader + "-consumer")
                .setState(state)
                .setExpiresAt(state == AccessGrantState.DENIED ? null : NOW.plusSeconds(86_400L * daysLeft))
                .setResources(
                        state == AccessGrantState.DENIED
                                ? List.of()
                                : List.of(
                                        new AccessResource(AccessResourceKind.KAFKA_TOPIC, TOPIC),
                                        new AccessResource(
                                                AccessResourceKind.ENDPOINT, "https://data.acmeco.example/top10/v3")))
                .build();
    }

    private static String describe(AclBinding acl) {
        assertThat(acl.pattern().patternType()).isIn(PatternType.LITERAL);
        assertThat(acl.entry().operation()).isIn(AclOperation.READ, AclOperation.DESCRIBE);
        return acl.entry().principal() + " " + acl.entry().operation() + " "
                + acl.pattern().name() + " " + acl.pattern().patternType();
    }
}
