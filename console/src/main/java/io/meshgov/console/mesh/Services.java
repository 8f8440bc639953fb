package io.meshgov.console.mesh;

/** The three services the console reads. */
public record Services(ServiceApi catalog, ServiceApi lineage, ServiceApi quality) {

    public static Services at(ServiceUrls urls) {
        return new Services(
                ServiceApi.of("catalog-service", urls.catalog(), urls.timeout()),
                ServiceApi.of("lineage-service", urls.lineage(), urls.timeout()),
                ServiceApi.of("quality-service", urls.quality(), urls.timeout()));
    }
}
