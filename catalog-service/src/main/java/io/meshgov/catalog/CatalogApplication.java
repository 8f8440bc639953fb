package io.meshgov.catalog;

import io.meshgov.kit.security.ApiSecurity;
import io.meshgov.kit.web.ContainerErrors;
import io.meshgov.kit.web.ProblemHandlers;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The catalog of data products, their versions, consumers, governance violations and deprecated-version alerts. */
@SpringBootApplication
@Import({ProblemHandlers.class, ContainerErrors.class, ApiSecurity.class})
public class CatalogApplication {

    public static void main(String[] args) {
        SpringApplication.run(CatalogApplication.class, args);
    }
}
