package io.meshgov.console.mesh;

import org.springframework.stereotype.Component;

/** The three services the console reads. */
@Component
public final class Services {

    private final ServiceApi catalog;
    private final ServiceApi lineage;
    private final ServiceApi quality;

    public Services(ServiceUrls urls) {
        this.catalog = ServiceApi.of("catalog-service", urls.catalog(), urls.timeout());
        this.lineage = ServiceApi.of("lineage-service", urls.lineage(), urls.timeout());
        this.quality = ServiceApi.of("quality-service", urls.quality(), urls.timeout());
    }

    public ServiceApi catalog() {
        return catalog;
    }

    public ServiceApi lineage() {
        return lineage;
    }

    public ServiceApi quality() {
        return quality;
    }
}
