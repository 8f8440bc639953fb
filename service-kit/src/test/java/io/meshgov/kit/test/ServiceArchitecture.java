package io.meshgov.kit.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.meshgov.mesh.InputTopic;

/**
 * The structure the three services share, as ArchUnit rules each service's {@code ArchitectureTests} checks against
 * its own main classes: plain-Java domain packages, capabilities without cycles, and (for lineage and quality)
 * governance left to the catalog.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {}

    /** The service's main classes below {@code rootPackage}, without its tests. */
    public static JavaClasses mainClassesOf(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    /** The domain packages depend on no Spring, Kafka, Avro (nor the Avro-generated events) and no Jackson type. */
    public static ArchRule plainJava(String... domainPackages) {
        return noClasses()
                .that()
                .resideInAnyPackage(domainPackages)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "org.apache.kafka..",
                        "org.apache.avro..",
                        "io.meshgov.events..",
                        "tools.jackson..");
    }

    /** The capabilities, the packages right below {@code rootPackage}, do not depend on each other in cycles. */
    public static ArchRule capabilitiesFreeOfCycles(String rootPackage) {
        return slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
    }

    /**
     * Governance is decided once, by the catalog: a service that follows its decisions reads neither the domains' raw
     * products nor consumers topics, and depends on no policy.
     */
    public static ArchRule followsTheCatalogsDecisions() {
        return noClasses()
                .should()
                .accessField(InputTopic.class, "PRODUCTS")
                .orShould()
                .accessField(InputTopic.class, "CONSUMERS")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Policy");
    }
}
