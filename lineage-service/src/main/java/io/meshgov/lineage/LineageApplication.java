package io.meshgov.lineage;

import io.meshgov.kit.security.ApiSecurity;
import io.meshgov.kit.web.ContainerErrors;
import io.meshgov.kit.web.ProblemHandlers;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The version-aware lineage graph of sources, products and consumers, and impact analysis. */
@SpringBootApplication
@Import({ProblemHandlers.class, ContainerErrors.class, ApiSecurity.class})
public class LineageApplication {

    public static void main(String[] args) {
        SpringApplication.run(LineageApplication.class, args);
    }
}
