/** Alerts for consumers still on deprecated versions, and their migration. */
package io.meshgov.catalog.alert;
