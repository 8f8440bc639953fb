package io.meshgov.quality;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.meshgov.mesh.InputTopic;
import org.junit.jupiter.api.Test;

/** SLO evaluation and KPI tracking stay plain Java; capabilities do not depend on each other in cycles. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.meshgov.quality");

    @Test
    void sloAndTrackingUseNoSpringKafkaAvroOrJackson() {
        noClasses()
                .that()
                .resideInAnyPackage("io.meshgov.quality.slo..", "io.meshgov.quality.tracking..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "org.apache.kafka..",
                        "org.apache.avro..",
                        "io.meshgov.events..",
                        "tools.jackson..")
                .check(CLASSES);
    }

    /**
     * Governance is decided once, by the catalog: quality learns versions, owners and lifecycles from what it accepted,
     * never from the domains' raw products or consumers topics, and evaluates none of the catalog's policies.
     */
    @Test
    void followsTheCatalogsDecisionsInsteadOfReadingTheDomainsProductAndConsumerTopics() {
        noClasses()
                .should()
                .accessField(InputTopic.class, "PRODUCTS")
                .orShould()
                .accessField(InputTopic.class, "CONSUMERS")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Policy")
                .check(CLASSES);
    }

    @Test
    void capabilitiesHaveNoCycles() {
        slices().matching("io.meshgov.quality.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
