/** Units as types: data rates (and, in later issues, data sizes and simulated time); raw numbers never cross an API. */
package org.nettwin.model.units;
