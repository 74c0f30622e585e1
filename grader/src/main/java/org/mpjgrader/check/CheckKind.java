package org.mpjgrader.check;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A kind of check an exercise package names in its {@code checks} ({@code kind: lines}), found through
 * {@link java.util.ServiceLoader}: a course ships its own kind as a jar on the grader's class path, with a
 * {@code META-INF/services/org.mpjgrader.check.CheckKind} line naming its class.
 */
public interface CheckKind {

    /** The name packages use: {@code lines}, {@code taught-calls}. */
    String name();

    /**
     * The check this entry of a package's {@code checks} configures.
     *
     * @param settings the entry, {@code kind} included
     * @param before   what the entries above it built (a kind such as {@code taught-calls} adds to it), or
     *                 {@code null} for the first entry
     * @throws IllegalArgumentException with what is wrong with the settings, in one line
     */
    ExerciseCheck create(JsonNode settings, ExerciseCheck before);

    /**
     * The same, for a kind whose settings name the program's arguments ({@code lines}' expressions); the others
     * need not read them.
     *
     * @param arguments the contract's names of the arguments, from the package's {@code arguments}
     * @throws IllegalArgumentException as above; a {@link CheckSettingsException} names the node it is about
     */
    default ExerciseCheck create(JsonNode settings, ExerciseCheck before, ContractArguments arguments) {
        return create(settings, before);
    }
}
