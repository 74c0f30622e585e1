package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.CheckResult;

/**
 * Lesson 07: every rank R prints exactly one {@code Hello World from rank R of a total of N processes}.
 * The check reads each rank's own output, so a rank 0 that greets on behalf of the others is caught.
 * Order between ranks is free: the lesson is precisely that it is not fixed.
 */
public final class HelloCheck implements OutputCheck {
    static final String NAME = "one greeting per rank";
    private static final Pattern GREETING =
        Pattern.compile("Hello World from rank (-?\\d+) of a total of (-?\\d+) processes");

    @Override
    public boolean attempted(RunResult result) {
        return result.ranks().stream().flatMap(r -> r.stdout().stream()).anyMatch(HelloCheck::looksLikeGreeting);
    }

    @Override
    public String describeExpected() {
        return "every rank R prints \"Hello World from rank R of a total of N processes\"";
    }

    @Override
    public boolean needsReference() {
        return false;
    }

    @Override
    public List<CheckResult> check(RunContext run, RunResult result, ReferenceOutput reference, double points) {
        List<RankProblem> problems = new ArrayList<>();
        for (RankOutput rank : result.ranks()) {
            RankProblem problem = checkRank(run, rank);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (problems.isEmpty()) {
            return List.of(CheckResult.pass(NAME, points));
        }
        return List.of(CheckResult.fail(NAME, points, RankProblem.message(run, problems)));
    }

    static String expected(int rank, int np) {
        return "Hello World from rank " + rank + " of a total of " + np + " processes";
    }

    private static RankProblem checkRank(RunContext run, RankOutput rank) {
        int r = rank.rank();
        String expected = expected(r, run.np());
        List<String> greetings = rank.stdout().stream().map(String::strip)
            .filter(line -> GREETING.matcher(line).matches()).toList();
        if (greetings.isEmpty()) {
            String nearMiss = rank.stdout().stream().filter(HelloCheck::looksLikeGreeting).findFirst().orElse(null);
            return new RankProblem(r, nearMiss == null ? "printed no greeting" : "printed a greeting that is not in the expected form",
                "", expected, nearMiss);
        }
        if (greetings.size() > 1) {
            return new RankProblem(r, "greeted " + greetings.size() + " times",
                "each rank greets once, for itself", expected, String.join("\" \"", greetings.subList(0, Math.min(3, greetings.size()))));
        }
        Matcher m = GREETING.matcher(greetings.get(0));
        m.matches();
        if (Integer.parseInt(m.group(1)) != r) {
            return new RankProblem(r, "greets as rank " + m.group(1), "use the rank MPI.COMM_WORLD.Rank() returns",
                expected, greetings.get(0));
        }
        if (Integer.parseInt(m.group(2)) != run.np()) {
            return new RankProblem(r, "reports " + m.group(2) + " processes, but the run has " + run.np(),
                "use the size MPI.COMM_WORLD.Size() returns", expected, greetings.get(0));
        }
        return null;
    }

    private static boolean looksLikeGreeting(String line) {
        return line.toLowerCase(Locale.ROOT).contains("hello");
    }
}
