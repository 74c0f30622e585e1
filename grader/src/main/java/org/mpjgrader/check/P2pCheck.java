package org.mpjgrader.check;

import java.util.List;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.CheckResult;

/** Placeholder, being written. */
public final class P2pCheck implements OutputCheck {
    @Override
    public String describeExpected() {
        return "the lines of the contract";
    }

    @Override
    public boolean attempted(RunResult result) {
        return false;
    }

    @Override
    public List<CheckResult> check(RunContext run, RunResult result, ReferenceOutput reference, double points) {
        return List.of(CheckResult.fail("output", points, "not checked yet"));
    }
}
