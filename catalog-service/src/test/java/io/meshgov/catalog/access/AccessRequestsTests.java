package io.meshgov.catalog.access;

import static io.meshgov.catalog.ledger.Given.accessDecided;
import static io.meshgov.catalog.ledger.Given.accessRequested;
import static io.meshgov.catalog.ledger.Given.day;
import static io.meshgov.catalog.ledger.Given.deprecated;
import static io.meshgov.catalog.ledger.Given.published;
import static io.meshgov.catalog.ledger.Given.retired;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.alert.AlertState;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.ledger.LedgerHarness;
import io.meshgov.catalog.ledger.Outcome;
import io.meshgov.catalog.product.VersionSpec;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A consumer asks sales for access to top-10-customers 3.0; sales decides. An approval registers the consumer and grants
 * its domain the version's Kafka topic and endpoint until the grant's end; at that end the grant expires and the
 * registration ends with it. Only the owner decides, once; a denial grants nothing.
 */
class AccessRequestsTests {

    private static final String TOPIC = "mesh.sales.top-10-customers.v3";

    private final LedgerHarness catalog = new LedgerHarness();

    @BeforeEach
    void threeOhIsServedOnAKafkaTopic() {
        catalog.apply(published(
                "sales",
                "3.0",
                s -> new VersionSpec(
                        s.productId(),
                        s.version(),
                        s.name(),
                        s.definition(),
                        s.owner(),
                        s.codeRepository(),
                        s.codeCommit(),
                        s.endpoint(),
                        s.inputs(),
                        s.outputSchema(),
                        s.objectives(),
                        s.tags(),
                        s.classification(),
                        List.of(
                                new VersionSpec.Dataset("kafka://broker.acmeco.internal:9092", TOPIC),
                                new VersionSpec.Dataset("s3://acmeco-warehouse", "top10/v3")))));
    }

    @Test
    void anApprovalRegistersTheConsumerAndGrantsTheVersionsTopicAndEndpointUntilTheEarlierEnd() {
        catalog.apply(accessRequested("finance", "q1", "jane.analyst", "3.0", day(1), day(90)));
        assertThat(request("q1").state()).isEqualTo(AccessState.PENDING);
        assertThat(catalog.registrations())
                .as("nothing before the owner decides")
                .isEmpty();

        catalog.apply(accessDecided("sales", "q1", "3.0", true, day(2), day(30)));

        AccessRequest grant = request("q1");
        assertThat(grant.state()).isEqualTo(AccessState.APPROVED);
        assertThat(grant.readerDomain()).isEqualTo("finance");
        assertThat(grant.ownerDomain()).isEqualTo("sales");
        assertThat(grant.decidedAt()).isEqualTo(day(2));
        assertThat(grant.expiresAt()).as("the owner's end, earlier than asked").isEqualTo(day(30));
        assertThat(grant.resources())
                .containsExactly(
                        new AccessRequest.Resource(AccessRequest.Resource.KAFKA_TOPIC, TOPIC),
                        new AccessRequest.Resource(
                                AccessRequest.Resource.ENDPOINT,
                                "http://acmeco.internal/data-products/top-10-customers/v3.0"));
        assertThat(catalog.registrations()).singleElement().satisfies(r -> {
            assertThat(r.consumerId()).isEqualTo("jane.analyst");
            assertThat(r.domain()).isEqualTo("finance");
            assertThat(r.version()).isEqualTo("3.0.0");
            assertThat(r.since()).isEqualTo(day(2));
        });
    }

    @Test
    void theGrantExpiresAtItsEndAndTheRegistrationEndsWithIt() {
        catalog.apply(accessRequested("finance", "q1", "jane.analyst", "3.0", day(1), day(90)));
        catalog.apply(accessDecided("sales", "q1", "3.0", true, day(2), null));

        assertThat(catalog.expireGrants(day(89))).as("not yet").isEmpty();
        assertThat(catalog.expireGrants(day(90))).singleElement().satisfies(g -> {
            assertThat(g.state()).isEqualTo(AccessState.EXPIRED);
            assertThat(g.expiresAt()).as("the requested end").isEqualTo(day(90));
            assertThat(g.resources()).as("kept, to take back").hasSize(2);
        });
        assertThat(catalog.registrations()).isEmpty();
        assertThat(catalog.expireGrants(day(120))).as("once only").isEmpty();
    }

    @Test
    void anExpiryResolvesTheAlertOfAConsumerOnADeprecatedVersion() {
        catalog.apply(accessRequested("finance", "q1", "jane.analyst", "3.0", day(1), day(90)));
        catalog.apply(accessDecided("sales", "q1", "3.0", true, day(2), null));
        catalog.apply(published("sales", "4.0"));
        catalog.apply(deprecated("sales", "3.0", day(10), day(100), "4.0"));
        assertThat(alert().state()).isEqualTo(AlertState.OPEN);

        catalog.expireGrants(day(90));

        assertThat(alert().state()).isEqualTo(AlertState.RESOLVED);
        assertThat(alert().updatedAt()).isEqualTo(day(90));
    }

    @Test
    void aDenialGrantsNothingAndNeedsAReason() {
        catalog.apply(accessRequested("marketing", "m1", "campaign-planner", "3.0", day(1), day(90)));
        catalog.apply(accessDecided("sales", "m1", "3.0", false, day(2), null));

        assertThat(request("m1").state()).isEqualTo(AccessState.DENIED);
        assertThat(request("m1").resources()).isEmpty();
        assertThat(request("m1").reason()).isEqualTo("restricted to finance's reporting");
        assertThat(catalog.registrations()).isEmpty();
        assertThat(catalog.expireGrants(day(400))).isEmpty();
    }

    @Test
    void onlyTheOwnerDecidesAndOnlyOnce() {
        catalog.apply(accessRequested("finance", "q1", "jane.analyst", "3.0", day(1), day(90)));

        Outcome foreign = catalog.apply(accessDecided("finance", "q1", "3.0", true, day(2), null));
        assertThat(foreign.violations()).extracting(Violation::ruleId).containsExactly("ownership");
        assertThat(request("q1").state()).isEqualTo(AccessState.PENDING);

        catalog.apply(accessDecided("sales", "q1", "3.0", false, day(3), null));
        Outcome again = catalog.apply(accessDecided("sales", "q1", "3.0", true, day(4), null));
        assertThat(again.violations()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("access");
            assertThat(v.reason()).contains("a decision is final");
        });
        assertThat(request("q1").state()).isEqualTo(AccessState.DENIED);
    }

    @Test
    void aRedeliveredRequestOrDecisionChangesNothing() {
        var request = accessRequested("finance", "q1", "jane.analyst", "3.0", day(1), day(90));
        var decision = accessDecided("sales", "q1", "3.0", true, day(2), null);
        catalog.apply(request);
        catalog.apply(decision);

        assertThat(catalog.apply(request).isEmpty()).isTrue();
        assertThat(catalog.apply(decision).isEmpty()).isTrue();
        assertThat(catalog.violations()).isEmpty();
    }

    @Test
    void aRequestIdIsUsedOnceAndARequestToARetiredVersionOrEndingBeforeItIsMadeIsRefused() {
        catalog.apply(accessRequested("finance", "q1", "jane.analyst", "3.0", day(1), day(90)));
        Outcome reused = catalog.apply(accessRequested("marketing", "q1", "campaign-planner", "3.0", day(2), day(9)));
        assertThat(reused.violations())
                .extracting(Violation::reason)
                .singleElement()
                .asString()
                .contains("ask again with a new requestId");
        assertThat(request("q1").readerDomain()).isEqualTo("finance");

        Outcome backwards = catalog.apply(accessRequested("finance", "q2", "jane.analyst", "3.0", day(5), day(4)));
        assertThat(backwards.violations()).extracting(Violation::ruleId).containsExactly("access");

        catalog.apply(published("sales", "4.0"));
        catalog.apply(deprecated("sales", "3.0", day(10), day(100), "4.0"));
        catalog.apply(retired("sales", "3.0", day(101)));
        Outcome late = catalog.apply(accessRequested("finance", "q3", "jane.analyst", "3.0", day(102), day(200)));
        assertThat(late.violations())
                .extracting(Violation::reason)
                .singleElement()
                .asString()
                .contains("it is retired");
    }

    @Test
    void aDecisionReadBeforeItsRequestWaitsForIt() {
        Outcome early = catalog.apply(accessDecided("sales", "q1", "3.0", true, day(2), null));
        assertThat(early.held()).isNotNull();
        assertThat(early.violations()).isEmpty();

        catalog.apply(accessRequested("finance", "q1", "jane.analyst", "3.0", day(1), day(90)));

        assertThat(request("q1").state()).isEqualTo(AccessState.APPROVED);
        assertThat(catalog.registrations()).extracting(Registration::consumerId).containsExactly("jane.analyst");
    }

    @Test
    void aDecisionWhoseRequestNeverCameIsAViolationOnceItsWaitRunsOut() {
        catalog.apply(accessDecided("sales", "q9", "3.0", true, day(2), null));
        catalog.expireHeld();

        assertThat(catalog.violations()).singleElement().satisfies(v -> assertThat(v.reason())
                .contains("there is no access request q9"));
        assertThat(catalog.accessRequests()).isEmpty();
    }

    private AccessRequest request(String requestId) {
        return catalog.access("3.0.0", requestId).orElseThrow();
    }

    private Alert alert() {
        return catalog.alert("3.0.0", "jane.analyst").orElseThrow();
    }
}
