package org.mpjgrader.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A kind of hidden-input generator that a package names under {@code hidden_inputs}, for inputs that one draw per
 * argument cannot make (this course's {@code on_demand_jobs}: jobs whose on-demand and round-robin makespans
 * differ). Found through {@link java.util.ServiceLoader}, as check kinds are: a course ships its own as a jar on the
 * grader's class path, listed in {@code META-INF/services/org.mpjgrader.spec.GeneratorKind}.
 */
public interface GeneratorKind {

    /** The name packages use under {@code hidden_inputs}: {@code on_demand_jobs}. */
    String name();

    /**
     * The generator the settings configure.
     *
     * @param settings  the entry's value under {@code hidden_inputs}
     * @param arguments the contract's names of the program's arguments, from the package's {@code arguments}
     * @throws IllegalArgumentException with what is wrong with the settings, in one line
     */
    InputGenerator create(JsonNode settings, List<String> arguments);
}
