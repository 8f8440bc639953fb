package io.meshgov.quality.stream;

/**
 * What quality keeps of a product from the catalog's accepted inputs: its owner (the domain of its first accepted
 * publication, the only one that may report its quality) and the position of the last accepted input applied.
 */
record AcceptedProduct(String owner, long position) {}
