package io.meshgov.catalog.support;

import io.meshgov.kit.test.OnItsOwnBroker;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** The whole catalog-service, with a driven clock, against its own embedded broker ({@link OnItsOwnBroker}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = TestClockConfiguration.class)
@OnItsOwnBroker
public @interface CatalogIntegrationTest {}
