package io.meshgov.catalog.governance;

import static io.meshgov.catalog.ledger.Given.day;
import static io.meshgov.catalog.ledger.Given.deprecated;
import static io.meshgov.catalog.ledger.Given.published;
import static io.meshgov.catalog.ledger.Given.registered;
import static io.meshgov.catalog.ledger.Given.retired;
import static io.meshgov.catalog.ledger.Given.withInputs;
import static io.meshgov.catalog.ledger.Given.withMetadata;
import static io.meshgov.catalog.ledger.Given.withSchema;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.catalog.ledger.LedgerHarness;
import io.meshgov.catalog.ledger.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each policy, in an accepted and a violated case. */
class GovernancePoliciesTests {

    private final LedgerHarness catalog = new LedgerHarness();

    @Nested
    class Ownership {

        @Test
        void letsTheOwningDomainPublishDeprecateAndRetire() {
            assertAccepted(catalog.apply(published("sales", "2.1")));
            assertAccepted(catalog.apply(published("sales", "3.0")));
            assertAccepted(catalog.apply(deprecated("sales", "2.1", day(1), day(40), "3.0")));
            assertAccepted(catalog.apply(retired("sales", "2.1", day(41))));
        }

        @Test
        void rejectsAnotherDomainActingOnTheProduct() {
            catalog.apply(published("sales", "2.1"));

            assertViolated(catalog.apply(published("marketing", "2.2")), "ownership", "belongs to domain sales");
            assertViolated(
                    catalog.apply(deprecated("marketing", "2.1", day(1), day(40), null)),
                    "ownership",
                    "marketing may not deprecate");
        }
    }

    @Nested
    class SizeLimits {

        @Test
        void acceptsMetadataOfOrdinarySize() {
            assertAccepted(catalog.apply(published("sales", "2.1")));
        }

        @Test
        void rejectsAMegabyteDefinitionAndTenThousandInputs() {
            String huge = "x".repeat(1024 * 1024);
            List<io.meshgov.catalog.product.Input> inputs = java.util.stream.IntStream.range(0, 10_000)
                    .mapToObj(i -> io.meshgov.catalog.product.Input.source("jdbc:erp/table-" + i))
                    .toList();

            assertViolated(
                    catalog.apply(published(
                            "sales", "2.1", s -> withMetadata(s, huge, s.codeCommit(), s.endpoint(), s.tags()))),
                    "size-limits",
                    "definition has 1048576 characters");
            assertViolated(
                    catalog.apply(published("sales", "2.2", s -> withInputs(s, inputs))),
                    "size-limits",
                    "10000 inputs");
        }

        @Test
        void capsAProductsWholeEntry() {
            String large = "y".repeat(15 * 1024);
            int accepted = 0;
            Outcome last = null;
            for (int minor = 0; minor < 40; minor++) {
                last = catalog.apply(published(
                        "sales", "1." + minor, s -> withMetadata(s, large, s.codeCommit(), s.endpoint(), s.tags())));
                if (last.violations().isEmpty()) accepted++;
                else break;
            }

            assertThat(accepted).isBetween(5, 39);
            assertViolated(last, "size-limits", "entry would reach");
        }
    }

    @Nested
    class ImmutableVersion {

        @Test
        void treatsAnIdenticalRepublicationAsANoOp() {
            catalog.apply(published("sales", "2.1"));

            Outcome again = catalog.apply(published("sales", "2.1"));

            assertThat(again.isEmpty()).isTrue();
        }

        @Test
        void rejectsADifferentRepublication() {
            catalog.apply(published("sales", "2.1"));

            assertViolated(
                    catalog.apply(published(
                            "sales",
                            "2.1.0",
                            s -> withMetadata(s, "another definition", s.codeCommit(), s.endpoint(), s.tags()))),
                    "immutable-version",
                    "already published");
        }
    }

    @Nested
    class SemanticVersioning {

        @Test
        void acceptsMajorMinorAndFullVersions() {
            assertAccepted(catalog.apply(published("sales", "2.1")));
            assertAccepted(catalog.apply(published("sales", "2.1.1")));
        }

        @Test
        void rejectsVersionsThatAreNotSemantic() {
            assertViolated(catalog.apply(published("sales", "v2")), "semantic-version", "'v2'");
            catalog.apply(published("sales", "2.1"));
            assertViolated(
                    catalog.apply(deprecated("sales", "2.1", day(1), day(40), "next")),
                    "semantic-version",
                    "replacement version 'next'");
        }
    }

    @Nested
    class BreakingChange {

        static final String V1 = """
                {"type":"record","name":"Customer","fields":[{"name":"id","type":"string"},{"name":"total","type":"double"}]}""";
        static final String ADDS_OPTIONAL = """
                {"type":"record","name":"Customer","fields":[{"name":"id","type":"string"},{"name":"total","type":"double"},
                 {"name":"region","type":["null","string"],"default":null}]}""";
        static final String CHANGES_TYPE = """
                {"type":"record","name":"Customer","fields":[{"name":"id","type":"string"},{"name":"total","type":"string"}]}""";

        @Test
        void acceptsACompatibleMinorAndABreakingMajor() {
            catalog.apply(published("sales", "2.1", s -> withSchema(s, V1)));

            assertAccepted(catalog.apply(published("sales", "2.2", s -> withSchema(s, ADDS_OPTIONAL))));
            assertAccepted(catalog.apply(published("sales", "3.0", s -> withSchema(s, CHANGES_TYPE))));
        }

        @Test
        void rejectsABreakingChangeWithoutAMajorBump() {
            catalog.apply(published("sales", "2.1", s -> withSchema(s, V1)));

            assertViolated(
                    catalog.apply(published("sales", "2.2", s -> withSchema(s, CHANGES_TYPE))),
                    "breaking-change",
                    "needs a new major version");
            assertViolated(
                    catalog.apply(published("sales", "2.3", s -> withSchema(s, "{not avro"))),
                    "breaking-change",
                    "not a valid Avro schema");
        }
    }

    @Nested
    class RequiredMetadata {

        @Test
        void acceptsTheSeedsMetadataWithItsSixCharacterCommit() {
            assertAccepted(catalog.apply(published("sales", "2.1")));
        }

        @Test
        void rejectsBlankDefinitionBadCommitAndNonHttpEndpoint() {
            Outcome outcome = catalog.apply(
                    published("sales", "2.1", s -> withMetadata(s, " ", "833c2", "ftp://acmeco.internal/x", s.tags())));

            assertViolated(outcome, "required-metadata", "definition is blank");
            assertThat(outcome.violations().get(0).reason())
                    .contains("code commit '833c2' is not 6 to 40 hex characters")
                    .contains("endpoint 'ftp://acmeco.internal/x' is not an http(s) URL");
        }

        @Test
        void enforcesTagsADomainRequires() {
            LedgerHarness strict = new LedgerHarness(new GovernanceSettings(
                    DomainRules.defaults(),
                    Map.of("sales", new GovernanceSettings.Override(null, null, List.of("pii-reviewed")))));

            assertViolated(strict.apply(published("sales", "2.1")), "required-metadata", "pii-reviewed");
            assertAccepted(strict.apply(published(
                    "sales",
                    "2.2",
                    s -> withMetadata(s, s.definition(), s.codeCommit(), s.endpoint(), List.of("pii-reviewed")))));
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void deprecatesAnActiveVersionWithEnoughNoticeAndAnActiveReplacement() {
            catalog.apply(published("sales", "2.1"));
            catalog.apply(published("sales", "3.0"));

            assertAccepted(catalog.apply(deprecated("sales", "2.1", day(1), day(31), "3.0")));
        }

        @Test
        void rejectsShortNoticeUnknownVersionsAndMissingReplacements() {
            catalog.apply(published("sales", "2.1"));

            assertViolated(
                    catalog.apply(deprecated("sales", "2.1", day(1), day(10), null)),
                    "lifecycle",
                    "requires at least 30 days");
            assertViolated(
                    catalog.apply(deprecated("sales", "9.0", day(1), day(40), null)), "lifecycle", "no such version");
            Outcome waiting = catalog.apply(deprecated("sales", "2.1", day(1), day(40), "3.0"));
            assertThat(waiting.held()).as("3.0 may still be on its way").isNotNull();
            assertThat(waiting.held().awaitedVersion()).isEqualTo("3.0.0");

            catalog.expireHeld();

            assertThat(catalog.violations())
                    .filteredOn(v -> v.reason().contains("replacement 3.0"))
                    .singleElement()
                    .satisfies(v -> assertThat(v.ruleId()).isEqualTo("lifecycle"));
        }

        @Test
        void appliesADomainsLongerNoticePeriod() {
            LedgerHarness finance = new LedgerHarness(new GovernanceSettings(
                    DomainRules.defaults(),
                    Map.of("sales", new GovernanceSettings.Override(Duration.ofDays(90), null, null))));
            finance.apply(published("sales", "2.1"));

            assertViolated(
                    finance.apply(deprecated("sales", "2.1", day(1), day(61), null)),
                    "lifecycle",
                    "requires at least 90 days");
            assertAccepted(finance.apply(deprecated("sales", "2.1", day(1), day(91), null)));
        }

        @Test
        void retiresOnlyDeprecatedVersionsAfterSunsetOrWithoutConsumers() {
            catalog.apply(published("sales", "2.1"));
            catalog.apply(registered("finance", "jane", "2.1", day(1)));

            assertViolated(catalog.apply(retired("sales", "2.1", day(2))), "lifecycle", "it is ACTIVE");
            catalog.apply(deprecated("sales", "2.1", day(3), day(40), null));
            assertViolated(catalog.apply(retired("sales", "2.1", day(4))), "lifecycle", "1 consumer(s) remain");
            assertAccepted(catalog.apply(retired("sales", "2.1", day(41))));
        }

        @Test
        void aRegistrationWaitsForItsVersionAndIsAppliedWhenItIsPublished() {
            Outcome waiting = catalog.apply(registered("finance", "jane", "2.1", day(1)));
            assertThat(waiting.held()).isNotNull();
            assertThat(waiting.violations()).isEmpty();

            catalog.apply(published("sales", "2.1"));

            assertThat(catalog.registration("2.1.0", "jane")).isPresent();
            assertThat(catalog.accepted())
                    .extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("Published", "Registered");
            assertThat(catalog.held()).isEmpty();
        }

        @Test
        void registersOnlyToPublishedNonRetiredVersions() {
            catalog.apply(registered("finance", "jane", "9.0", day(1)));
            catalog.expireHeld(); // 9.0 never came
            assertThat(catalog.violations()).singleElement().satisfies(v -> assertThat(v.reason())
                    .contains("no such version is published"));
            catalog.apply(published("sales", "2.1"));
            catalog.apply(deprecated("sales", "2.1", day(1), day(40), null));
            catalog.apply(retired("sales", "2.1", day(2)));

            assertViolated(catalog.apply(registered("finance", "jane", "2.1", day(3))), "lifecycle", "it is retired");
        }
    }

    private static void assertAccepted(Outcome outcome) {
        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.isEmpty()).as("an accepted event changes something").isFalse();
    }

    private static void assertViolated(Outcome outcome, String rule, String reason) {
        assertThat(outcome.violations()).extracting(Violation::ruleId).contains(rule);
        assertThat(outcome.violations())
                .filteredOn(v -> v.ruleId().equals(rule))
                .singleElement()
                .satisfies(v -> assertThat(v.reason()).contains(reason));
        assertThat(outcome.product()).as("a rejected event is not applied").isNull();
        assertThat(outcome.registered()).isEmpty();
    }
}
