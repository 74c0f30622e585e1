package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.CheckResult;

/**
 * An exercise's output checks, plus one that its runs at 2 or more ranks use what the lesson teaches (rootsum's
 * Bcast and Reduce, p2p's sends to rank 0, the distributed product's Scatterv and Gatherv), read from the MPI
 * calls the runner recorded. Right output computed another way loses that check's quarter of the points.
 */
public final class TaughtCalls implements OutputCheck {
    static final String NAME = "uses what the lesson teaches";
    static final double SHARE = 0.25;

    private final OutputCheck output;
    private final String hint;
    private final List<CallRule> rules;

    /**
     * @param hint what a student who computed the output another way should do, in one line
     */
    public TaughtCalls(OutputCheck output, String hint, CallRule... rules) {
        this.output = output;
        this.hint = hint;
        this.rules = List.of(rules);
    }

    @Override
    public List<CheckResult> check(RunContext run, RunResult result, ReferenceOutput reference, double points) {
        if (run.np() < 2) {
            return output.check(run, result, reference, points);
        }
        List<CheckResult> checks = new ArrayList<>(output.check(run, result, reference, points * (1 - SHARE)));
        checks.add(taught(run, result, points * SHARE));
        return checks;
    }

    /** Every rule the run breaks, each as its expected and what was. */
    private CheckResult taught(RunContext run, RunResult result, double points) {
        FailureMessage message = FailureMessage.of(run, "the program does not use what the lesson teaches");
        boolean broken = false;
        for (CallRule rule : rules) {
            Optional<String> problem = rule.problem(result);
            if (problem.isPresent()) {
                message.detail("expected: " + rule.expected()).detail("but was:  " + problem.get());
                broken = true;
            }
        }
        return broken ? CheckResult.fail(NAME, points, message.detail("hint: " + hint).text())
            : CheckResult.pass(NAME, points);
    }

    @Override
    public boolean attempted(RunResult result) {
        return output.attempted(result);
    }

    @Override
    public String describeExpected() {
        return output.describeExpected();
    }

    @Override
    public boolean needsReference() {
        return output.needsReference();
    }
}
