package org.mpjgrader.check;

import java.util.List;

/**
 * What is wrong with a batch script's directives or launch line. A message shows the first problem on its first
 * line and the others in a line each, then the hints, each once (several problems share one).
 *
 * @param hint    what to write instead (may be empty)
 * @param refused whether sbatch refuses the script for it, so that the job never runs
 */
record ScriptProblem(String what, String hint, boolean refused) {

    static ScriptProblem of(String what, String hint) {
        return new ScriptProblem(what, hint, false);
    }

    static ScriptProblem refusal(String what, String hint) {
        return new ScriptProblem(what, hint, true);
    }

    static String message(String subject, List<ScriptProblem> problems) {
        FailureMessage message = FailureMessage.about(subject, problems.get(0).what());
        problems.stream().skip(1).forEach(p -> message.detail("also: " + p.what()));
        problems.stream().map(ScriptProblem::hint).filter(h -> !h.isEmpty()).distinct()
            .forEach(h -> message.detail("hint: " + h));
        return message.text();
    }
}
