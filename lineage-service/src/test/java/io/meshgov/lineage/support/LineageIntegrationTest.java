package io.meshgov.lineage.support;

import io.meshgov.kit.test.OnItsOwnBroker;
import io.meshgov.lineage.LineageApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** lineage-service against its own embedded broker ({@link OnItsOwnBroker}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = LineageApplication.class)
@OnItsOwnBroker
public @interface LineageIntegrationTest {}
