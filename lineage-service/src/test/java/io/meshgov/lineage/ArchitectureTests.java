package io.meshgov.lineage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.meshgov.mesh.InputTopic;
import org.junit.jupiter.api.Test;

/** The graph and its projection stay plain Java; capabilities do not depend on each other in cycles. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.meshgov.lineage");

    @Test
    void graphAndProjectionUseNoSpringKafkaAvroOrJackson() {
        noClasses()
                .that()
                .resideInAnyPackage("io.meshgov.lineage.graph..", "io.meshgov.lineage.projection..")
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

    /** Governance is decided once, by the catalog: lineage reads what it accepted, never the domains' raw inputs. */
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
        slices().matching("io.meshgov.lineage.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
