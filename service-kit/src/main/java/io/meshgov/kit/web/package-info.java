/** The web edge shared by the services: request parameter checks and RFC 9457 problem details. */
package io.meshgov.kit.web;
