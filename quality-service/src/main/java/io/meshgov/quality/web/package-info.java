/** The quality REST API. */
package io.meshgov.quality.web;
