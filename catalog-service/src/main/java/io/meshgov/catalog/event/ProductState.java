package io.meshgov.catalog.event;

import io.meshgov.catalog.access.AccessRequest;
import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.product.VersionQuality;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What the catalog knows about one product when an event about it arrives. Versions are in full spelling.
 *
 * <p>A version may have tens of thousands of consumers, so whatever the ledger asks about one consumer is answered
 * with one point lookup per version of the product (a handful), never by scanning the version's consumers.
 */
public interface ProductState {

    Optional<Product> product();

    /** Every consumer of one version: only for decisions that concern them all (deprecation, retirement). */
    List<Registration> registrations(String version);

    Optional<Registration> registration(String version, String consumerId);

    Optional<Alert> alert(String version, String consumerId);

    /** Every alert of one version: only for decisions that concern all its consumers (a moved sunset, a withdrawal). */
    List<Alert> alerts(String version);

    /** The KPI statuses of a version: present (perhaps with none known yet) exactly when the version is published. */
    Optional<VersionQuality> quality(String version);

    /** An access request to one version, by the id its requester gave it. */
    Optional<AccessRequest> access(String version, String requestId);

    /** Every registration of one consumer to any version of this product. */
    default List<Registration> registrationsOf(String consumerId) {
        return perVersion(consumerId, this::registration);
    }

    /** Every alert of one consumer on any version of this product. */
    default List<Alert> alertsOf(String consumerId) {
        return perVersion(consumerId, this::alert);
    }

    private <T> List<T> perVersion(String consumerId, BiFunction<String, String, Optional<T>> lookup) {
        return product().stream()
                .flatMap(p -> p.versionsInOrder().stream())
                .map(ProductVersion::version)
                .flatMap(version -> lookup.apply(version, consumerId).stream())
                .toList();
    }
}
