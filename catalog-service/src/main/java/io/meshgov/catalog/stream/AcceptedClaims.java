package io.meshgov.catalog.stream;

import io.meshgov.catalog.run.Claim;
import io.meshgov.catalog.run.DatasetFacts;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.DatasetName;
import io.meshgov.events.EventAccepted;
import io.meshgov.mesh.SemanticVersion;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventDecodingException;
import io.meshgov.wire.MeshEventType;
import io.meshgov.wire.SingleObjectCodec;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the catalog's own accepted publications claim: the datasets each version declares, keyed by dataset. */
final class AcceptedClaims {

    private static final Logger LOG = LoggerFactory.getLogger(AcceptedClaims.class);

    private AcceptedClaims() {}

    /** An accepted publication's claims on the datasets it declares; nothing for any other accepted event. */
    static List<KeyValue<String, AtDataset>> of(byte[] bytes) {
        SingleObjectCodec codec = SingleObjectCodec.standard();
        EventAccepted accepted;
        try {
            if (bytes == null || codec.peek(bytes).type() != MeshEventType.EVENT_ACCEPTED) return List.of();
            accepted = (EventAccepted) codec.decode(bytes);
        } catch (EventDecodingException e) { // the catalog wrote it: only a foreign writer's record can fail here
            LOG.warn("a record of {} that is not the catalog's: {}", Topics.GOVERNANCE_ACCEPTED, e.getMessage());
            return List.of();
        }
        if (!(accepted.getEvent() instanceof DataProductVersionPublished published)
                || published.getDatasets().isEmpty()) {
            return List.of();
        }
        List<KeyValue<String, AtDataset>> claims = new ArrayList<>();
        for (DatasetName dataset : published.getDatasets()) {
            Claim claim = new Claim(
                    published.getProductId(),
                    SemanticVersion.parse(published.getVersion()).toString(),
                    accepted.getDomain(),
                    published.getEventId(),
                    accepted.getSourceTopic(),
                    accepted.getSourcePartition(),
                    accepted.getSourceOffset(),
                    published.getOccurredAt(),
                    dataset.getNamespace(),
                    dataset.getName());
            claims.add(KeyValue.pair(
                    DatasetFacts.keyOf(dataset.getNamespace(), dataset.getName()), AtDataset.claimed(claim)));
        }
        return claims;
    }
}
