/**
 * The REST + WebSocket API under {@code /api/} (Javalin), documented by {@code openapi.yaml}: every call
 * authenticated by a bearer token with a role (viewer, operator, admin), errors as one-line JSON, and the dashboard's
 * static files.
 */
package org.nettwin.server.api;
