/** The lineage REST API. */
package io.meshgov.lineage.web;
