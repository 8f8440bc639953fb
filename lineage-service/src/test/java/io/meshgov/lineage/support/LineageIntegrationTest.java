package io.meshgov.lineage.support;

import io.meshgov.lineage.LineageApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * lineage-service against its own embedded KRaft broker whose topics have 4 partitions. Its retention check runs every second (the default is 5 minutes), so a record the
 * broker's time-based retention would delete disappears during the test instead of by chance.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = LineageApplication.class)
@ActiveProfiles("test")
@EmbeddedKafka(
        partitions = 4,
        brokerProperties = {"num.partitions=4", "auto.create.topics.enable=true", "log.retention.check.interval.ms=1000"
        })
@DirtiesContext
public @interface LineageIntegrationTest {}
