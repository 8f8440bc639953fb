package io.meshgov.catalog.event;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.product.Product;
import java.util.List;
import java.util.Optional;

/** What the catalog knows about one product when an event about it arrives. Versions are in full spelling. */
public interface ProductState {

    Optional<Product> product();

    List<Registration> registrations(String version);

    /** Every registration of one consumer to any version of this product. */
    List<Registration> registrationsOf(String consumerId);

    Optional<Alert> alert(String version, String consumerId);

    List<Alert> alertsOf(String consumerId);
}
