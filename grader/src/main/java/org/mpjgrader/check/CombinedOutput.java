package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.List;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.CheckResult;

/**
 * Two output checks of one program, each judging its own lines with half of a run's points: a master-slave farm of
 * Mandelbrot rows is judged by the master-slave lines and by the Mandelbrot checksum and image, each by the check
 * that already knows them, so that no check has to know a lesson that combines two. A package asks for it with an
 * output kind that {@code adds_to_above}.
 */
public final class CombinedOutput implements OutputCheck {
    private final OutputCheck first;
    private final OutputCheck second;

    public CombinedOutput(OutputCheck first, OutputCheck second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public List<CheckResult> check(RunContext run, RunResult result, ReferenceOutput reference, double points) {
        List<CheckResult> checks = new ArrayList<>(first.check(run, result, reference, points / 2));
        checks.addAll(second.check(run, result, reference, points / 2));
        return checks;
    }

    /** Either's lines show an attempt: a farm that prints its log but not yet its checksum is a wrong answer. */
    @Override
    public boolean attempted(RunResult result) {
        return first.attempted(result) || second.attempted(result);
    }

    @Override
    public String describeExpected() {
        return first.describeExpected() + "; " + second.describeExpected();
    }

    @Override
    public boolean needsReference() {
        return first.needsReference() || second.needsReference();
    }
}
