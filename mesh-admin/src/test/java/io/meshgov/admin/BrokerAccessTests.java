package io.meshgov.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.mesh.DomainName;
import java.util.List;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

/** Who may write what, read off the ACLs themselves (the broker tests prove the broker enforces them). */
class BrokerAccessTests {

    private static final DomainName SALES = DomainName.of("sales");

    @Test
    void aDomainWritesOnlyUnderItsOwnPrefix() {
        List<AclBinding> acls = BrokerAccess.domain(SALES);

        assertThat(acls).isNotEmpty().allSatisfy(acl -> {
            assertThat(acl.entry().principal()).isEqualTo("User:domain-sales");
            assertThat(acl.entry().permissionType()).isEqualTo(AclPermissionType.ALLOW);
            assertThat(acl.pattern().name()).isEqualTo("mesh.sales.");
            assertThat(acl.pattern().patternType()).isEqualTo(PatternType.PREFIXED);
        });
        assertThat(acls)
                .filteredOn(acl -> acl.entry().operation() == AclOperation.WRITE)
                .extracting(acl -> acl.pattern().resourceType())
                .containsExactlyInAnyOrder(ResourceType.TOPIC, ResourceType.TRANSACTIONAL_ID);
    }

    @Test
    void noDomainPrefixCoversAServiceOutput() {
        for (ServiceAccess service : ServiceAccess.ALL) {
            for (String output : service.outputs()) {
                String first = output.split("\\.")[1];
                assertThat(DomainName.RESERVED).as(output).contains(first);
            }
        }
    }

    @Test
    void aServiceWritesOnlyItsOutputsAndWhatIsNamedAfterItsApplicationId() {
        for (ServiceAccess service : ServiceAccess.ALL) {
            List<AclBinding> writes = BrokerAccess.service(service).stream()
                    .filter(acl -> acl.entry().operation() == AclOperation.WRITE
                            || acl.entry().operation() == AclOperation.ALL)
                    .toList();
            assertThat(writes).as(service.applicationId()).isNotEmpty().allSatisfy(acl -> assertThat(
                            acl.pattern().patternType() == PatternType.LITERAL
                                    ? service.outputs().contains(acl.pattern().name())
                                    : acl.pattern().name().equals(service.applicationId() + "-"))
                    .as(acl.toString())
                    .isTrue());
        }
    }

    @Test
    void aReadGrantIsReadOnly() {
        assertThat(BrokerAccess.readGrant(DomainName.of("marketing"), SALES))
                .extracting(acl -> acl.entry().operation())
                .containsExactlyInAnyOrder(AclOperation.READ, AclOperation.DESCRIBE);
    }

    @Test
    void theConsoleWritesOnlyTheDomainsCommandTopics() {
        List<AclBinding> acls = BrokerAccess.console(SALES);

        assertThat(acls).isNotEmpty().allSatisfy(acl -> {
            assertThat(acl.entry().principal()).isEqualTo("User:meshgov-console");
            assertThat(acl.pattern().patternType()).isEqualTo(PatternType.LITERAL);
            assertThat(acl.entry().operation()).isIn(AclOperation.WRITE, AclOperation.DESCRIBE);
        });
        assertThat(acls)
                .filteredOn(acl -> acl.entry().operation() == AclOperation.WRITE)
                .extracting(acl -> acl.pattern().name())
                .containsExactlyInAnyOrder("mesh.sales.products", "mesh.sales.consumers");
    }

    @Test
    void theCatalogsHttpIntakeWritesOnlyTheDomainsOpenLineageTopic() {
        List<AclBinding> acls = BrokerAccess.lineageIntake(SALES);

        assertThat(acls).isNotEmpty().allSatisfy(acl -> {
            assertThat(acl.entry().principal()).isEqualTo("User:meshgov-catalog");
            assertThat(acl.pattern().patternType()).isEqualTo(PatternType.LITERAL);
            assertThat(acl.pattern().name()).isEqualTo("mesh.sales.openlineage");
            assertThat(acl.entry().operation()).isIn(AclOperation.WRITE, AclOperation.DESCRIBE);
        });
    }
}
