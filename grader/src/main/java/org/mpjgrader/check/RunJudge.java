package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mpjgrader.launch.LingeringThread;
import org.mpjgrader.launch.RankOutcome;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.launch.Sandbox;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;

/**
 * Grades one run: first how it ended (a run that crashed, deadlocked, timed out or hit a limit gets that
 * verdict and no points), then whether it tried the exercise at all, then the exercise's output checks and, where
 * the ranks left threads running, "the program ends" ({@link ProgramEnds}).
 */
public final class RunJudge {
    private static final int JVM_ERROR_TAIL = 600;
    private static final int STACK_HEAD_LINES = 8;

    private RunJudge() {
    }

    /**
     * @param notImplementedHint what a student whose program printed none of the graded lines should do
     */
    public static RunGrade judge(RunContext run, RunResult result, OutputCheck check, ReferenceOutput reference,
                                 double points, String notImplementedHint) {
        Optional<RunGrade> ending = judgeEnding(run, result, points);
        if (ending.isPresent()) {
            return ending.get();
        }
        List<LingeringThread> left = ProgramEnds.leftRunning(result);
        List<CheckResult> checks = new ArrayList<>(check.check(run, result, reference,
            left.isEmpty() ? points : points * (1 - ProgramEnds.SHARE)));
        if (!left.isEmpty()) {
            checks.add(ProgramEnds.failed(run, left, points * ProgramEnds.SHARE));
        }
        if (!check.attempted(result)) {
            // The same at every rank count, so that reports can say it once. The checks are kept: should other
            // runs of the exercise show an attempt, this run is a plain failure (see ExerciseVerdicts).
            String message = run.exerciseId() + ": no rank printed the lines this exercise is graded on ("
                + check.describeExpected() + ")\n  " + notImplementedHint;
            return grade(run, result, Verdict.NOT_IMPLEMENTED, message, points, checks);
        }
        String message = checks.stream().filter(c -> !c.passed()).map(CheckResult::message)
            .collect(Collectors.joining("\n"));
        Verdict verdict = checks.stream().allMatch(CheckResult::passed) ? Verdict.PASS : Verdict.FAIL;
        return run.grade(verdict, MpjWarnings.appendTo(message, result),
            checks.stream().mapToDouble(CheckResult::points).sum(), points, checks, result.wall());
    }

    /** The verdict of a run that did not end normally, or empty when every rank finished within the limits. */
    static Optional<RunGrade> judgeEnding(RunContext run, RunResult result, double points) {
        if (!result.started()) {
            return Optional.of(grade(run, result, Verdict.NOT_GRADED, FailureMessage.of(run,
                    "the grader could not start the program's JVM (exit code " + result.exitCode() + ")")
                .detail("command: " + result.command()).detail(tail(result.jvmError())).text(), points, List.of()));
        }
        // A rank's exception comes first: the others waiting for it forever is its consequence.
        Optional<RunGrade> threw = threw(run, result, points);
        if (threw.isPresent()) {
            return threw;
        }
        return switch (result.ending()) {
            case KILLED -> Optional.of(grade(run, result, Verdict.TIMEOUT, FailureMessage.of(run,
                    "the program did not end within " + seconds(result) + " and did not answer; it was killed").text(),
                points, List.of()));
            case TIMED_OUT -> Optional.of(result.limitHit().isEmpty() ? stuck(run, result, points)
                : startedTooMuch(run, result, points));
            case EXIT_CALLED -> Optional.of(grade(run, result, Verdict.CRASH, FailureMessage.of(run,
                    "rank " + result.exitRank() + " called System.exit(" + result.exitCode() + "), which ends every rank")
                .detail(cutShort(result)).detail("end a rank by returning from main after MPI.Finalize()").text(),
                points, List.of()));
            case DIED -> Optional.of(grade(run, result, Verdict.CRASH, FailureMessage.of(run,
                    "the program's JVM stopped with exit code " + result.exitCode()
                        + " before the ranks ended (Runtime.halt, a JVM crash, or killed by the system)")
                .detail(unfinished(result)).detail(tail(result.jvmError())).text(), points, List.of()));
            case RUNNER_FAILED -> Optional.of(grade(run, result, Verdict.NOT_GRADED, FailureMessage.of(run,
                    "not graded: the grader's runner failed in the program's JVM, in a fresh JVM too: a fault of the "
                        + "grader, not of the program")
                .detail(head(result.jvmError())).text(), points, List.of()));
            case COMPLETED -> completed(run, result, points);
        };
    }

    private static Optional<RunGrade> completed(RunContext run, RunResult result, double points) {
        for (RankOutput rank : result.ranks()) {
            RankOutcome outcome = rank.outcome();
            switch (outcome.kind()) {
                case NO_CLASS -> {
                    return Optional.of(grade(run, result, Verdict.NOT_IMPLEMENTED, FailureMessage.of(run,
                        "the class " + outcome.exception() + " is not in the submission").text(), points, List.of()));
                }
                case NO_MAIN -> {
                    return Optional.of(grade(run, result, Verdict.FAIL, FailureMessage.of(run, outcome.exception()
                        + " has no public static void main(String[] args)").text(), points, List.of()));
                }
                default -> { }
            }
        }
        if (result.outputDropped()) {
            return Optional.of(grade(run, result, Verdict.RESOURCE_LIMIT, FailureMessage.of(run,
                    "output limit: the ranks printed more than " + result.request().limits().outputBytes()
                        + " bytes; the rest was dropped").detail("print only the lines the task asks for").text(),
                points, List.of()));
        }
        return Optional.empty();
    }

    private static Optional<RunGrade> threw(RunContext run, RunResult result, double points) {
        for (RankOutput rank : result.ranks()) {
            RankOutcome outcome = rank.outcome();
            if (outcome.kind() != RankOutcome.Kind.THREW) {
                continue;
            }
            boolean memory = outcome.exception().startsWith("java.lang.OutOfMemoryError");
            // The sandbox caps each file (RLIMIT_FSIZE): the write past it fails with EFBIG.
            boolean fileSize = outcome.exception().endsWith("File too large");
            String where = outcome.where().isEmpty() ? "" : " at " + outcome.where();
            FailureMessage message = FailureMessage.of(run, (memory ? "memory limit: " : fileSize ? "file limit: " : "")
                + "rank " + rank.rank() + " threw " + outcome.exception() + where);
            if (memory) {
                message.detail("the run may use " + result.request().limits().heapMegabytes()
                    + " MB of heap for all ranks together");
            }
            if (fileSize) {
                message.detail("a file the program writes may hold at most " + (Sandbox.FILE_BYTES >> 20) + " MB");
            }
            result.ranks().stream().filter(r -> r.outcome().stuck() != null)
                .forEach(r -> message.detail("then " + describeStuck(r, result)));
            return Optional.of(grade(run, result, memory || fileSize ? Verdict.RESOURCE_LIMIT : Verdict.CRASH,
                message.text(), points, List.of()));
        }
        return Optional.empty();
    }

    private static RunGrade startedTooMuch(RunContext run, RunResult result, double points) {
        boolean threads = result.limitHit().equals("threads");
        int limit = threads ? result.request().limits().threads() : result.request().limits().processes();
        String message = FailureMessage.of(run, (threads ? "thread" : "process") + " limit: the ranks started more than "
            + limit + (threads ? " threads" : " processes") + ", and the run was stopped")
            .detail(threads ? "MPI ranks are the parallelism here: a rank should not need threads of its own"
                : "an MPI program has no reason to start processes").text();
        return grade(run, result, Verdict.RESOURCE_LIMIT, message, points, List.of());
    }

    /**
     * A run the time limit ended. It is a deadlock when no unfinished rank computes and at least one waits
     * in an MPI call: nothing will ever change. Otherwise it is a timeout, with each rank's place.
     */
    private static RunGrade stuck(RunContext run, RunResult result, double points) {
        List<RankOutput> unfinished = result.ranks().stream().filter(r -> r.outcome().stuck() != null).toList();
        boolean anyBusy = unfinished.stream().anyMatch(r -> r.outcome().stuck().busy());
        boolean anyInMpi = unfinished.stream().anyMatch(r -> !r.outcome().stuck().mpiCall().isEmpty());
        boolean deadlock = result.deadlocked() || (!anyBusy && anyInMpi);
        String who = unfinished.size() == result.np() ? "no rank" : "not every rank";
        FailureMessage message = FailureMessage.of(run, result.deadlocked()
            ? "deadlock: every rank that had not ended waited in an MPI call, and none could go on"
            : (deadlock ? "deadlock: " : "timeout: ") + who + " ended within " + seconds(result));
        for (RankOutput rank : unfinished) {
            message.detail(describeStuck(rank, result));
        }
        new WaitForGraph(result).explanation().forEach(message::detail);
        List<String> finished = result.ranks().stream().filter(r -> r.outcome().stuck() == null)
            .map(r -> Integer.toString(r.rank())).toList();
        if (!finished.isEmpty()) {
            message.detail((finished.size() == 1 ? "rank " : "ranks ") + String.join(", ", finished) + " had ended");
        }
        return grade(run, result, deadlock ? Verdict.DEADLOCK : Verdict.TIMEOUT, message.text(), points, List.of());
    }

    static String describeStuck(RankOutput rank, RunResult result) {
        RankOutcome.Stuck stuck = rank.outcome().stuck();
        String where = stuck.where().isEmpty() ? "" : " at " + stuck.where();
        String prefix = "rank " + rank.rank() + " ";
        if (stuck.busy()) {
            return prefix + "is busy computing" + where;
        }
        if (!stuck.mpiCall().isEmpty()) {
            String call = result.trace().waitingIn(rank.rank()).map(WaitForGraph::describe).orElse(stuck.mpiCall());
            return prefix + "waits in " + call + where;
        }
        if (stuck.sleeping()) {
            return prefix + "sleeps" + where;
        }
        return prefix + "waits (" + stuck.threadState().toLowerCase(java.util.Locale.ROOT) + ")" + where;
    }

    private static String unfinished(RunResult result) {
        List<String> ranks = result.ranks().stream().filter(r -> !r.outcome().ended())
            .map(r -> Integer.toString(r.rank())).toList();
        if (ranks.isEmpty()) {
            return "every rank had ended";
        }
        return (ranks.size() == 1 ? "rank " : "ranks ") + String.join(", ", ranks) + " had not ended";
    }

    private static String cutShort(RunResult result) {
        List<String> ranks = result.ranks().stream()
            .filter(r -> !r.outcome().ended() && r.rank() != result.exitRank())
            .map(r -> Integer.toString(r.rank())).toList();
        if (ranks.isEmpty()) {
            return "";
        }
        return (ranks.size() == 1 ? "rank " : "ranks ") + String.join(", ", ranks)
            + (ranks.size() == 1 ? " was" : " were") + " cut short";
    }

    private static String seconds(RunResult result) {
        long millis = result.request().limits().wallTime().toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** The first lines of a stack trace: where it was thrown (the JVM's warnings before it left out). */
    private static String head(String text) {
        return text.strip().lines().filter(line -> !line.startsWith("WARNING: ")).limit(STACK_HEAD_LINES)
            .collect(Collectors.joining("\n"));
    }

    private static String tail(String text) {
        String t = text.strip();
        return t.length() <= JVM_ERROR_TAIL ? t : "..." + t.substring(t.length() - JVM_ERROR_TAIL);
    }

    private static RunGrade grade(RunContext run, RunResult result, Verdict verdict, String message, double points,
                                  List<CheckResult> checks) {
        return run.grade(verdict, MpjWarnings.appendTo(message, result), 0, points, checks, result.wall());
    }
}
