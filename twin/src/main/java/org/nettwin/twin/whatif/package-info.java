/**
 * What-if from now or from any past moment: a {@link org.nettwin.twin.whatif.WhatIfRequest} (baseline moment and
 * changes) becomes two scenarios — the baseline network and traffic as the twin reconstructs them, and the changed
 * one — run by the flow estimator at once and optionally by the packet simulator as a background job with progress;
 * the outcome compares the two and lists the SLAs that would break. {@link org.nettwin.twin.whatif.WhatIfJobs} is
 * the service (submit, jobs, cancel, listeners); the rest of the package is its parts.
 */
package org.nettwin.twin.whatif;
