package course.checks;

import java.util.List;

/**
 * What a master-slave program hands out, as its package says: the noun of its lines ({@code Master assigned job #
 * J ...}, {@code ... row # J ...}), which argument counts the pieces and how they are numbered, and whether their
 * work follows from the arguments (jobs that sleep weights drawn from {@code jobs seed unit_ms}, so the run's
 * modelled time can tell on-demand dispatch from a split made in advance) or is unknown to the grader (a farm's
 * rows: the dispatch is judged by the master's MPI calls alone).
 *
 * @param noun          the piece of work in the lines, singular ("job", "row"); its plural adds an "s"
 * @param countArgument the index of the program argument that counts the pieces
 * @param defaultCount  the count when the run gives no such argument (the program's own default)
 * @param first         the number of the first piece (jobs 1..jobs, rows 0..ni-1)
 * @param weighted      whether the pieces are the contract's sleeping jobs ({@code jobs seed unit_ms})
 */
public record HandedOutWork(String noun, int countArgument, int defaultCount, int first, boolean weighted) {
    public HandedOutWork {
        if (!noun.matches("[a-z]+")) {
            throw new IllegalArgumentException("'noun' is one lower-case word (\"job\", \"row\"), not '" + noun + "'");
        }
        if (countArgument < 0 || defaultCount < 0 || first < 0) {
            throw new IllegalArgumentException("'count_argument', 'default_count' and 'first' are at least 0");
        }
        if (weighted && countArgument != 0) {
            throw new IllegalArgumentException("weighted jobs are counted by the first argument ('jobs seed unit_ms')");
        }
    }

    public String plural() {
        return noun + "s";
    }

    /** How many pieces the run hands out. */
    int count(List<String> arguments) {
        return arguments.size() > countArgument ? Integer.parseInt(arguments.get(countArgument)) : defaultCount;
    }

    /** The number of the last piece of {@code count}. */
    int last(int count) {
        return first + count - 1;
    }
}
