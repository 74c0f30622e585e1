package org.mpjgrader.check.kind;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;
import org.mpjgrader.check.CheckKind;
import org.mpjgrader.check.CombinedOutput;
import org.mpjgrader.check.ExerciseCheck;
import org.mpjgrader.check.OutputCheck;

/**
 * A kind that checks a lesson's output by itself, so it comes first in a package's checks; or, with
 * {@code adds_to_above: true}, right under another output kind, whose checks it joins with half of each run's
 * points ({@link CombinedOutput}): a program whose output two lessons' checks judge between them.
 */
public abstract class OutputCheckKind implements CheckKind {
    static final String ADDS_TO_ABOVE = "adds_to_above";
    private final String name;
    private final Function<JsonNode, ExerciseCheck> check;

    protected OutputCheckKind(String name, Function<JsonNode, ExerciseCheck> check) {
        this.name = name;
        this.check = check;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final ExerciseCheck create(JsonNode settings, ExerciseCheck before) {
        boolean adds = settings.path(ADDS_TO_ABOVE).asBoolean(false);
        if (before == null && adds) {
            throw new IllegalArgumentException("the check kind '" + name + "' " + ADDS_TO_ABOVE + ", but no output "
                + "check is above it");
        }
        if (before != null && !adds) {
            throw new IllegalArgumentException("the check kind '" + name + "' judges the output by itself: list it "
                + "first");
        }
        ExerciseCheck own = check.apply(settings);
        if (before == null) {
            return own;
        }
        if (!(before instanceof OutputCheck above) || !(own instanceof OutputCheck added)) {
            throw new IllegalArgumentException("the check kind '" + name + "' " + ADDS_TO_ABOVE + " only under an "
                + "output kind");
        }
        return new CombinedOutput(above, added);
    }
}
