/** The Kafka Streams edge shared by the services: readiness, health, read-model stores, JSON state. */
package io.meshgov.kit.streams;
