package org.mpjgrader.grading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mpjgrader.check.FailureMessage;
import org.mpjgrader.check.RunContext;
import org.mpjgrader.launch.MpiCall;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.launch.WildcardMatch;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.Measurement;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.spec.Matchings;

/**
 * Runs again, under other matchings of its wildcard receives, a run whose outcome may depend on which message such a
 * receive takes, so that a race is found every time rather than when the machine's timing happens to show it (see
 * docs/matching.md). The schedules are the exercise's ({@link Matchings}: a number of schedules, never a time),
 * fixed by the grading's seed: the verdict is the same in every grading with that seed, whatever the machine's load.
 */
final class MatchingExploration {
    /** MPJ Express's {@code MPI.ANY_SOURCE} and {@code ANY_TAG}. */
    private static final int ANY = -2;

    private MatchingExploration() {
    }

    /** The schedules to explore, as run requests name them, in the order they are judged: none, not explored. */
    static List<String> schedules(Matchings matchings, long seed) {
        return matchings.requests(seed);
    }

    /** The schedules of a run at {@code np} ranks on a visible or a hidden input ({@code hidden}). */
    static List<String> schedules(Matchings matchings, long seed, boolean hidden, int np) {
        return matchings.requests(seed, hidden, np);
    }

    /**
     * Whether some wildcard receive of the run could have matched messages of two senders or more: a {@code Recv}
     * (or a {@code Probe}) from any rank, and at least two ranks that sent to its rank a message its tag takes, anywhere in the run.
     */
    static boolean mayRace(RunResult result) {
        List<MpiCall> calls = Stream.concat(result.trace().calls().stream(),
            result.trace().waiting().values().stream()).toList();
        for (MpiCall receive : calls) {
            if (!(receive.kind().equals("Recv") || receive.kind().equals("Probe")) || receive.peer() != ANY) {
                continue;
            }
            Set<Integer> senders = new HashSet<>();
            for (MpiCall send : calls) {
                if (send.sends() && send.peer() == receive.rank() && send.rank() != receive.rank()
                    && (receive.tag() == ANY || receive.tag() == send.tag())) {
                    senders.add(send.rank());
                }
            }
            if (senders.size() > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The grade of a run that may race. Where some explored schedule passes and another fails, the outcome depends on
     * the matching: the first failing schedule's grade (in their fixed order), with the matching named. Where every
     * schedule fails, the failure does not: the first schedule's grade as it is. Where every one passes, {@code base}.
     * A schedule whose run was not graded (the grader or the machine failed: {@code NOT_GRADED}) says nothing of the
     * program and is left out: where the others pass, or none was graded, the grade is {@code base}, the run's own.
     * The grade records how many schedules were graded ({@link Measurement#MATCHINGS_EXPLORED}) and how long the runs
     * under the others took ({@link Measurement#EXPLORED_SECONDS}). With one schedule
     * there is no other matching to compare with: a failure under it is the run's, its grade as it is. Without any
     * ({@code runs} empty: the exercise explores none), the run was not explored: {@code base}, as it is.
     *
     * @param runs the run under each schedule, in the schedules' order
     */
    static RunGrade worst(RunContext context, RunGrade base, List<Explored> runs) {
        if (runs.isEmpty()) {
            return base;
        }
        List<Explored> explored = runs.stream().filter(e -> e.grade().verdict() != Verdict.NOT_GRADED).toList();
        Optional<Explored> failing = explored.stream().filter(e -> fails(e.grade())).findFirst();
        RunGrade grade;
        if (failing.isEmpty()) {
            grade = base;
        } else if (explored.stream().allMatch(e -> fails(e.grade()))) {
            grade = explored.get(0).grade();
        } else {
            grade = named(context, failing.get()).orElse(failing.get().grade());
        }
        Map<String, Double> measured = new HashMap<>(grade.measurements());
        measured.put(Measurement.MATCHINGS_EXPLORED, (double) explored.size());
        measured.put(Measurement.EXPLORED_SECONDS, runs.subList(1, runs.size()).stream()
            .mapToDouble(e -> e.grade().wall().toNanos() / 1e9).sum());
        return grade.withMeasurements(measured);
    }

    /** One run under a schedule: its grade and the decisions its wildcard receives took. */
    record Explored(RunGrade grade, List<WildcardMatch> matches) {
    }

    /**
     * Whether some rank polled for messages ({@code Iprobe}): each poll that found a message might have found none,
     * which a schedule decides as it decides a wildcard receive.
     */
    static boolean polls(RunResult result) {
        return result.trace().calls().stream().anyMatch(call -> call.kind().equals("Iprobe"));
    }

    /**
     * Whether a grade fails the program: every check holds under any matching MPI allows (master-slave's included:
     * its dispatch is judged from the master's calls, its modelled time only against a floor that no matching
     * lowers), so any failure counts; a run that was not graded (the grader's or the machine's fault) fails nothing.
     */
    static boolean fails(RunGrade grade) {
        return grade.verdict() != Verdict.PASS && grade.verdict() != Verdict.NOT_GRADED;
    }

    /**
     * {@code p2p at 3 ranks: rank 0 receives from any rank at PointToPoint.java:17; when rank 2's message is matched
     * before rank 1's, the run fails:} and the failure, indented, with the hint; empty where no decision had a choice.
     * A poll's decision reads {@code rank 0 polls (Iprobe) at MasterSlave.java:33; when the poll finds no message
     * though rank 1's is pending, the run fails:}.
     */
    static Optional<RunGrade> named(RunContext context, Explored explored) {
        Optional<WildcardMatch> decisive = explored.matches().stream()
            .filter(m -> m.chosen() != Collections.min(m.candidates())).findFirst()
            .or(() -> explored.matches().stream().filter(m -> m.candidates().size() > 1).findFirst());
        if (decisive.isEmpty()) {
            return Optional.empty();
        }
        WildcardMatch match = decisive.get();
        RunGrade grade = explored.grade();
        String outcome = switch (grade.verdict()) {
            case DEADLOCK -> "the run deadlocks";
            case CRASH -> "the run crashes";
            case TIMEOUT -> "the run does not end";
            default -> "the run fails";
        };
        FailureMessage message = FailureMessage.of(context, decision(match) + ", " + outcome + ":");
        grade.message().lines().forEach(line -> message.detail("  " + line));
        if (grade.message().lines().noneMatch(line -> line.strip().startsWith("hint:"))) {
            message.detail(match.foundNothing()
                ? "hint: Iprobe may find no message though one was sent (MPI only promises that polling again finds "
                    + "it): a rank that needs the message waits for it with Recv or Probe"
                : "hint: receive from each source in turn (a Recv from rank 1, then from rank 2, ...), or keep "
                    + "each message under status.source and use them in rank order: MPI may match a wildcard receive "
                    + "with any sender's message");
        }
        List<CheckResult> checks = new ArrayList<>(grade.checks());
        return Optional.of(new RunGrade(grade.exerciseId(), grade.np(), grade.arguments(), grade.visibility(),
            grade.verdict(), message.text(), grade.points(), grade.maxPoints(), checks, grade.wall(),
            grade.measurements(), grade.communication(), grade.scheduler()));
    }

    /** {@code rank 0 receives from any rank at PointToPoint.java:17; when rank 2's message is matched first}. */
    private static String decision(WildcardMatch match) {
        int first = Collections.min(match.candidates());
        if (match.foundNothing()) {
            return "rank " + match.rank() + " polls (Iprobe) at " + match.site()
                + "; when the poll finds no message though " + pending(match.candidates()) + " pending";
        }
        String what = switch (match.call()) {
            case "Iprobe" -> "polls (Iprobe) for any rank's message";
            case "Probe" -> "probes (Probe) for any rank's message";
            default -> "receives from any rank";
        };
        String verb = match.call().equals("Recv") ? "matched" : "found";
        return "rank " + match.rank() + " " + what + " at " + match.site() + "; "
            + (match.chosen() == first ? "when rank " + first + "'s message is " + verb + " first"
                : "when rank " + match.chosen() + "'s message is " + verb + " before rank " + first + "'s");
    }

    /** {@code rank 1's is}, {@code rank 1's and rank 2's are}. */
    private static String pending(List<Integer> senders) {
        String ranks = senders.stream().map(s -> "rank " + s + "'s").collect(Collectors.joining(" and "));
        return ranks + (senders.size() == 1 ? " is" : " are");
    }

    /** The decisions of a run as a replay schedule ({@code replay:0.0=2,0.1=1}). */
    static String replay(List<WildcardMatch> matches) {
        return "replay:" + matches.stream().map(WildcardMatch::replayEntry).collect(Collectors.joining(","));
    }
}
