package io.meshgov.kit.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A service in the prod profile (every API call needs a token, see {@link TokenIssuer#configure}) against its own
 * embedded KRaft broker whose topics have 2 partitions. Each service's {@code ApiAuthorizationTests} adds its own
 * {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles({"test", "prod"})
@EmbeddedKafka(
        partitions = 2,
        brokerProperties = {"num.partitions=2", "auto.create.topics.enable=true"})
@DirtiesContext
public @interface InProdProfileOnItsOwnBroker {}
