package org.mpjgrader.grading;

import java.util.List;
import org.mpjgrader.check.FailureMessage;
import org.mpjgrader.check.RunContext;
import org.mpjgrader.result.IntegrityFlag;
import org.mpjgrader.result.RunGrade;

/**
 * The course's answer to a run whose program tried what the sandbox denies or the grader forbids (its
 * {@link IntegrityFlag}s): {@code FLAG} (the default) reports it and fails only a run that forged a result (a results
 * file, lines imitating the grader's channel); {@code ZERO} fails every run that tried any of it with no points,
 * beside a {@code System.exit} or threads left running, which cost their points already.
 */
public enum IntegritySetting {
    FLAG, ZERO;

    /** The run's grade with its flags, failed with no points where this setting says so. */
    public RunGrade apply(RunContext run, RunGrade judged, List<IntegrityFlag> flags) {
        RunGrade flagged = judged.withIntegrity(flags);
        for (IntegrityFlag flag : flags) {
            if (this == FLAG && flag.forged()) {
                return flagged.zeroedFor(FailureMessage.of(run, "integrity: " + flag.message())
                    .detail("a forged result fails the run: only the grader's own reading of the output counts").text());
            }
            if (this == ZERO && flag.zeroable()) {
                return flagged.zeroedFor(FailureMessage.of(run, "integrity: " + flag.message())
                    .detail("this course scores 0 for a run that tries what the grader forbids").text());
            }
        }
        return flagged;
    }
}
