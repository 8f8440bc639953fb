package io.meshgov.quality;

import io.meshgov.kit.security.ApiSecurity;
import io.meshgov.kit.web.ContainerErrors;
import io.meshgov.kit.web.ProblemHandlers;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** KPI measurements per product version, SLO evaluation, breach events and version comparison. */
@SpringBootApplication
@Import({ProblemHandlers.class, ContainerErrors.class, ApiSecurity.class})
public class QualityApplication {

    public static void main(String[] args) {
        SpringApplication.run(QualityApplication.class, args);
    }
}
