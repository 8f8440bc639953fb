package io.meshgov.kit.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A service in the test profile against its own embedded KRaft broker whose topics have 4 partitions; each test class
 * gets its own broker and service, so no state leaks between classes. The broker's retention check runs every second
 * (the default is 5 minutes), so a record its time-based retention would delete disappears during the test instead of
 * by chance. Each service's {@code *IntegrationTest} adds its own {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("test")
@EmbeddedKafka(
        partitions = 4,
        brokerProperties = {"num.partitions=4", "auto.create.topics.enable=true", "log.retention.check.interval.ms=1000"
        })
@DirtiesContext
public @interface OnItsOwnBroker {}
