/**
 * Transport security shared by collectors and the emulator's endpoints: a certificate authority that issues
 * server and client certificates (for tests, the demo, and operators without a PKI), identities usable by every
 * transport (JSSE, gRPC, Kafka PEM settings, PKCS#12 files), and per-source credentials that never print.
 */
package org.nettwin.telemetry.security;
