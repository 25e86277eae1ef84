/** The collector SPI: collectors of one protocol each, created by kind, delivering measurements to a sink. */
package org.nettwin.telemetry.spi;
