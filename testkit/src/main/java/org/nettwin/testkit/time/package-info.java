/** Time for tests: a clock that moves only when the test moves it. */
package org.nettwin.testkit.time;
