/**
 * {@code nettwin demo}: the whole twin in one process on embedded defaults — the emulated 5G metro network with
 * real protocol endpoints, collectors, the repository, the live twin, what-if jobs, the API and the dashboard — plus a
 * scripted storyline of faults so a newcomer watches the twin react.
 */
package org.nettwin.server.demo;
