/** The service interface for simulation backends (built-in engines and adapters to external simulators). */
package org.nettwin.sim.spi;
