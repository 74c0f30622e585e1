package org.mpjgrader.spec;

import java.util.List;

/**
 * An exercise package that cannot be read: broken YAML, a field the schema does not allow, an unknown check kind.
 * Its message is the first problem (and how many more), in one line, for the command line to print as it is.
 */
public final class PackageException extends RuntimeException {
    private final transient List<PackageProblem> problems;

    public PackageException(List<PackageProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public PackageException(PackageProblem problem) {
        this(List.of(problem));
    }

    public List<PackageProblem> problems() {
        return problems;
    }

    private static String summary(List<PackageProblem> problems) {
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}
