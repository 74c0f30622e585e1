/** Small file-system operations the other packages share (temporary trees that must not outlive a grading). */
package org.mpjgrader.files;
