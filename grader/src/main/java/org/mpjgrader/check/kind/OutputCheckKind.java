package org.mpjgrader.check.kind;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;
import org.mpjgrader.check.CheckKind;
import org.mpjgrader.check.ExerciseCheck;

/** A kind without settings that checks a lesson's output by itself, so it must come first in a package's checks. */
abstract class OutputCheckKind implements CheckKind {
    private final String name;
    private final Supplier<ExerciseCheck> check;

    OutputCheckKind(String name, Supplier<ExerciseCheck> check) {
        this.name = name;
        this.check = check;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final ExerciseCheck create(JsonNode settings, ExerciseCheck before) {
        if (before != null) {
            throw new IllegalArgumentException("the check kind '" + name + "' judges the output by itself: list it "
                + "first");
        }
        return check.get();
    }
}
