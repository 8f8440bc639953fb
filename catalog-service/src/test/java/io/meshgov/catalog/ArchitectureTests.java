package io.meshgov.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.meshgov.kit.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** Domain rules stay plain Java; capabilities do not depend on each other in cycles. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = ServiceArchitecture.mainClassesOf("io.meshgov.catalog");

    @Test
    void domainPackagesUseNoSpringKafkaAvroOrJackson() {
        ServiceArchitecture.plainJava(
                        "io.meshgov.catalog.product..",
                        "io.meshgov.catalog.consumer..",
                        "io.meshgov.catalog.alert..",
                        "io.meshgov.catalog.ledger..",
                        "io.meshgov.catalog.event..",
                        "io.meshgov.catalog.governance")
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
        ServiceArchitecture.capabilitiesFreeOfCycles("io.meshgov.catalog").check(CLASSES);
    }
}
