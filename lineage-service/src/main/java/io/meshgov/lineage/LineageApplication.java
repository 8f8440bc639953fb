package io.meshgov.lineage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The version-aware lineage graph of sources, products and consumers, and impact analysis. */
@SpringBootApplication
public class LineageApplication {

    public static void main(String[] args) {
        SpringApplication.run(LineageApplication.class, args);
    }
}
