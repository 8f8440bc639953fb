package io.meshgov.quality.support;

import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.MutableClock;
import io.meshgov.quality.QualityApplication;
import java.time.Duration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** The application with a clock the test drives, starting an hour after the seed's 2.1 is published. */
@TestConfiguration(proxyBeanMethods = false)
@Import(QualityApplication.class)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(MeshFixtures.T0.plus(Duration.ofHours(1)));
    }
}
