package io.meshgov.quality;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.meshgov.kit.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** SLO evaluation and KPI tracking stay plain Java; capabilities do not depend on each other in cycles. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = ServiceArchitecture.mainClassesOf("io.meshgov.quality");

    @Test
    void sloAndTrackingUseNoSpringKafkaAvroOrJackson() {
        ServiceArchitecture.plainJava("io.meshgov.quality.slo..", "io.meshgov.quality.tracking..")
                .check(CLASSES);
    }

    /**
     * Governance is decided once, by the catalog: quality learns versions, owners and lifecycles from what it accepted,
     * never from the domains' raw products or consumers topics, and evaluates none of the catalog's policies.
     */
    @Test
    void followsTheCatalogsDecisionsInsteadOfReadingTheDomainsProductAndConsumerTopics() {
        ServiceArchitecture.followsTheCatalogsDecisions().check(CLASSES);
    }

    @Test
    void capabilitiesHaveNoCycles() {
        ServiceArchitecture.capabilitiesFreeOfCycles("io.meshgov.quality").check(CLASSES);
    }
}
