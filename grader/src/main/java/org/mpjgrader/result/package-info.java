/**
 * The result model every report reads: verdicts, the grade of each run, of each exercise and of a whole
 * submission. Plain records with no behaviour beyond sums; they know nothing of how they were produced.
 */
package org.mpjgrader.result;
