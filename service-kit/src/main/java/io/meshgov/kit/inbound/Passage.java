package io.meshgov.kit.inbound;

/** One input record on its way in: routed to its product (still bytes), decoded, or dead. */
sealed interface Passage {

    record Routed(String productId, Stamped stamped) implements Passage {}

    record Decoded(InboundEvent event) implements Passage {}

    record Dead(DeadLetter letter) implements Passage {}
}
