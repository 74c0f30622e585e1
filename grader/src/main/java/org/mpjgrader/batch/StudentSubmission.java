package org.mpjgrader.batch;

import java.nio.file.Path;

/** One student's entry in a class folder: the student's name (the entry's, made safe for a folder) and where it is. */
public record StudentSubmission(String student, Path origin, Kind kind) {

    /** What the entry is; a bare git repository is exported (its HEAD) before it is graded. */
    public enum Kind { FOLDER, ZIP, BARE_GIT }
}
