package io.meshgov.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Domain rules stay plain Java; capabilities do not depend on each other in cycles. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.meshgov.catalog");

    @Test
    void domainPackagesUseNoSpringKafkaAvroOrJackson() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "io.meshgov.catalog.product..",
                        "io.meshgov.catalog.consumer..",
                        "io.meshgov.catalog.alert..",
                        "io.meshgov.catalog.ledger..",
                        "io.meshgov.catalog.event..",
                        "io.meshgov.catalog.governance")
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

    @Test
    void webAndMetricsReadOnlyThroughTheReadModel() {
        noClasses()
                .that()
                .resideInAnyPackage("io.meshgov.catalog.web..", "io.meshgov.catalog.metrics..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.meshgov.catalog.stream..", "org.apache.kafka..")
                .check(CLASSES);
    }

    @Test
    void capabilitiesHaveNoCycles() {
        slices().matching("io.meshgov.catalog.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
