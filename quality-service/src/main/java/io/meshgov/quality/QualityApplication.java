package io.meshgov.quality;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** KPI measurements per product version, SLO evaluation, breach events and version comparison. */
@SpringBootApplication
public class QualityApplication {

    public static void main(String[] args) {
        SpringApplication.run(QualityApplication.class, args);
    }
}
