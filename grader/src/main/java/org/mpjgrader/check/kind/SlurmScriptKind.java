package org.mpjgrader.check.kind;

import com.fasterxml.jackson.databind.JsonNode;
import org.mpjgrader.check.CheckKind;
import org.mpjgrader.check.ExerciseCheck;
import org.mpjgrader.check.SlurmScriptCheck;

/** {@code kind: slurm-script} with {@code script: mandelbrot.slurm}: lesson 11's batch script, run once as a job. */
public final class SlurmScriptKind implements CheckKind {
    @Override
    public String name() {
        return "slurm-script";
    }

    @Override
    public ExerciseCheck create(JsonNode settings, ExerciseCheck before) {
        if (before != null) {
            throw new IllegalArgumentException("the check kind 'slurm-script' grades a script, not a program's "
                + "output: it is an exercise's only check");
        }
        String script = settings.path("script").asText("");
        if (script.isBlank()) {
            throw new IllegalArgumentException("the check kind 'slurm-script' needs 'script', the file's name");
        }
        return new SlurmScriptCheck(script);
    }
}
