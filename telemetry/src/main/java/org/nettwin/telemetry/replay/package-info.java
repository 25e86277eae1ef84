/** The replay collector: delivers the measurements of a recorded telemetry file as if they arrived live. */
package org.nettwin.telemetry.replay;
