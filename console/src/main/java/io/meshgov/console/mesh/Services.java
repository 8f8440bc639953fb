package io.meshgov.console.mesh;

import org.springframework.stereotype.Component;

/** The three services the console reads. */
@Component
public final class Services {

    private final ServiceApi catalog;
    private final ServiceApi lineage;
    private final ServiceApi quality;

    public Services(ServiceUrls urls) {
        this.catalog = new ServiceApi("catalog-service", urls.catalog(), urls.timeout());
        this.lineage = new ServiceApi("lineage-service", urls.lineage(), urls.timeout());
        this.quality = new ServiceApi("quality-service", urls.quality(), urls.timeout());
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
