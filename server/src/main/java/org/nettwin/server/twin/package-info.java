/**
 * The live twin wired to a running network: {@link org.nettwin.server.twin.TwinRig} starts the emulator with its
 * protocol endpoints, collection into the store with the twin's two tees, and the {@code LiveTwin} itself.
 */
package org.nettwin.server.twin;
