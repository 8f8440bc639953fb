package io.meshgov.catalog.product;

import java.time.Instant;

public record Retirement(String reason, Instant retiredAt) {}
