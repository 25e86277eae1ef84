/** Independent reference facts about topology files, for checking nettwin's readers against something else. */
package org.nettwin.testkit.topology;
