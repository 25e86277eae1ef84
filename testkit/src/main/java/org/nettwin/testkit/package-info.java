/** Shared test fixtures for every module's tests: datasets, reference readers and, later, fakes of SPIs. */
package org.nettwin.testkit;
