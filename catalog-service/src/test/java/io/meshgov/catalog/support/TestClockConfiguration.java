package io.meshgov.catalog.support;

import io.meshgov.catalog.CatalogApplication;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.MutableClock;
import java.time.Duration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** The application with a clock the test drives, starting the day the seed's 2.1 is deprecated. */
@TestConfiguration(proxyBeanMethods = false)
@Import(CatalogApplication.class)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(MeshFixtures.T0.plus(Duration.ofDays(31)));
    }
}
