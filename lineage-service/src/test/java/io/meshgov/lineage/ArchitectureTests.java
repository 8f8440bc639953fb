package io.meshgov.lineage;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.meshgov.kit.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The graph and its projection stay plain Java; capabilities do not depend on each other in cycles. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = ServiceArchitecture.mainClassesOf("io.meshgov.lineage");

    @Test
    void graphAndProjectionUseNoSpringKafkaAvroOrJackson() {
        ServiceArchitecture.plainJava("io.meshgov.lineage.graph..", "io.meshgov.lineage.projection..")
                .check(CLASSES);
    }

    /** Governance is decided once, by the catalog: lineage reads what it accepted, never the domains' raw inputs. */
    @Test
    void followsTheCatalogsDecisionsInsteadOfReadingTheDomainsProductAndConsumerTopics() {
        ServiceArchitecture.followsTheCatalogsDecisions().check(CLASSES);
    }

    @Test
    void capabilitiesHaveNoCycles() {
        ServiceArchitecture.capabilitiesFreeOfCycles("io.meshgov.lineage").check(CLASSES);
    }
}
