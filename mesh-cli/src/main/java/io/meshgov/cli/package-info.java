/** The tools behind ./mesh: create the mesh's topics, publish the demo scenario, wait for services to be healthy. */
package io.meshgov.cli;
