/**
 * The platform's access reconciler: applies the grants catalog-service records on {@code mesh.access.grants} as Kafka
 * ACLs, with the platform's admin credentials.
 */
package io.meshgov.admin.access;
