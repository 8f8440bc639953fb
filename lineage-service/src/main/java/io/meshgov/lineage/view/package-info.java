/** The graph's read model: every instance holds all of it (a global store), so traversals never leave the instance. */
package io.meshgov.lineage.view;
