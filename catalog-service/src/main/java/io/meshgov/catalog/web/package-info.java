/** The catalog's REST API: parameter checks, the queries, and RFC 9457 problem details for every error. */
package io.meshgov.catalog.web;
