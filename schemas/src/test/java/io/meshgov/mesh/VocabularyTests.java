package io.meshgov.mesh;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary (product ids, domains, versions, topic names) is plain Java: anything that talks to a broker lives
 * in the wire package here, or in mesh-admin and the services.
 */
class VocabularyTests {

    private static final JavaClasses CONTRACT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.meshgov");

    @Test
    void theVocabularyUsesNoKafkaAvroOrSpringType() {
        noClasses()
                .that()
                .resideInAPackage("io.meshgov.mesh..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.kafka..", "org.apache.avro..", "org.springframework..")
                .check(CONTRACT);
    }

    @Test
    void theContractNeitherAdministersTheBrokerNorRunsStreams() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.kafka.clients.admin..", "org.apache.kafka.streams..")
                .check(CONTRACT);
    }
}
