/** The mesh's shared vocabulary: domain names, product ids, semantic versions and the topics that carry events. */
package io.meshgov.mesh;
