package org.mpjgrader.check;

import java.util.List;

/** Which run a message is about: the exercise, the rank count and the program's arguments. */
public record RunContext(String exerciseId, int np, List<String> arguments) {

    public RunContext {
        arguments = List.copyOf(arguments);
    }

    /** {@code hello at 3 ranks} or {@code rootsum at 3 ranks, arguments 1000}. */
    public String describe() {
        String ranks = np == 1 ? "1 rank" : np + " ranks";
        return exerciseId + " at " + ranks + (arguments.isEmpty() ? "" : ", arguments " + String.join(" ", arguments));
    }
}
