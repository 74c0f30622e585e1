package org.mpjgrader.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a batch script's check knows of the program its job runs, from the {@code slurm-script} kind's settings: the
 * line of the job's output compared with the reference's, and the arguments the reference can be run with. The
 * grader knows no program: the course's package says all of it.
 *
 * @param jobName   the job's name the hints suggest ({@code #SBATCH --job-name=mandelbrot})
 * @param line      the output line, its one number named in braces: {@code Checksum: {checksum}}
 * @param relative  how far that number may be from the reference's, relative to it
 * @param usage     the program's arguments as a usage line says them ({@code nr ni ... [image.pgm]})
 * @param arguments the contract's names of the program's arguments, in order
 * @param whole     the arguments that are positive whole numbers; the others are numbers, but for {@code text}
 * @param text      the arguments that may be any text (a file's name)
 * @param defaults  the program's own values of the arguments a job leaves out
 * @param work      the most work the grader runs the reference for, when there is such a bound
 */
public record JobProgram(String jobName, String line, double relative, String usage, List<String> arguments,
                         Set<String> whole, Set<String> text, Map<String, Double> defaults, Optional<WorkLimit> work) {
    private static final Pattern NUMBER_NAME = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    public JobProgram {
        arguments = List.copyOf(arguments);
        whole = Set.copyOf(whole);
        text = Set.copyOf(text);
        defaults = Map.copyOf(defaults);
        Matcher name = NUMBER_NAME.matcher(line);
        if (!name.find() || name.find()) {
            throw new IllegalArgumentException("the output line '" + line + "' names one number in braces, as "
                + "'Checksum: {checksum}'");
        }
    }

    /**
     * A bound on the work of a job's arguments.
     *
     * @param expression what is bounded, in the arguments' names ({@code nr * ni * imax})
     * @param value      its value for the arguments' values by name
     * @param most       the bound
     * @param message    why a job beyond it is not checked, as students read it
     */
    public record WorkLimit(String expression, ToDoubleFunction<Map<String, Double>> value, double most,
                            String message) {
        @Override
        public boolean equals(Object other) {
            return other instanceof WorkLimit that && expression.equals(that.expression) && most == that.most
                && message.equals(that.message);
        }

        @Override
        public int hashCode() {
            return expression.hashCode();
        }
    }

    /** The number's name in {@link #line}: {@code checksum}. */
    public String numberName() {
        Matcher name = NUMBER_NAME.matcher(line);
        name.find();
        return name.group(1);
    }

    /** The line as a pattern whose first group is the number. */
    Pattern linePattern() {
        Matcher name = NUMBER_NAME.matcher(line);
        name.find();
        return Pattern.compile(Pattern.quote(line.substring(0, name.start())) + GradedLines.NUMBER
            + Pattern.quote(line.substring(name.end())));
    }
}
