package org.mpjgrader.check;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpjgrader.launch.MpjLaunch;
import org.mpjgrader.launch.SchedulerRun;
import org.mpjgrader.launch.ScriptResult;
import org.mpjgrader.result.CheckResult;

/**
 * The job's half of a batch script's check: the file the job's output went to must hold the program's line
 * ({@link JobProgram#line}, {@code Checksum: S}) with the reference's number for the arguments the job really used,
 * within the package's relative tolerance. When it does not, the message shows the end of the job's error file,
 * which is where a job that went wrong says why.
 */
final class JobOutputCheck {
    static final String NAME = "job output";
    private static final int TAIL = 5;

    private final JobProgram program;
    private final Pattern line;

    JobOutputCheck(JobProgram program) {
        this.program = program;
        this.line = program.linePattern();
    }

    static CheckResult notRun(String subject, String why, double points) {
        return CheckResult.fail(NAME, points, FailureMessage.about(subject, "the job did not run: " + why).text());
    }

    /**
     * @param reference what the reference printed for the job's arguments, or null when there is none to compare
     *                  with (the job started no program, or with arguments {@link #unusable} rejects)
     */
    CheckResult check(String subject, SlurmJob job, ScriptResult result, ReferenceOutput reference,
                      double points) {
        SchedulerRun ran = result.scheduler();
        if (ran.real()) {
            Optional<FailureMessage> ended = endedBySlurm(subject, job, ran);
            if (ended.isPresent()) {
                return fail(points, ran.state().equals("PENDING") ? ended.get() : withTail(ended.get(), job, result));
            }
        }
        if (result.timedOut()) {
            Duration limit = result.request().limits().wallTime();
            FailureMessage message = job.ownLimit(limit)
                ? FailureMessage.about(subject, "the job ran past its --time limit (" + seconds(limit) + "), and SLURM "
                    + "cancels a job there").detail("hint: ask for a little more time than the job needs")
                : FailureMessage.about(subject, "the job did not end within " + seconds(limit) + "; it was killed");
            return fail(points, withTail(message, job, result));
        }
        if (result.launches().isEmpty()) {
            return fail(points, withTail(FailureMessage.about(subject, "the job started no ranks: "
                + "no mpjrun.sh call got as far as the program"), job, result));
        }
        MpjLaunch launch = result.launches().get(0);
        Optional<String> unusable = unusable(launch.arguments());
        if (unusable.isPresent() || reference == null) {
            return fail(points, FailureMessage.about(subject, "the job ran " + launch.mainClass() + " with the "
                + "arguments \"" + String.join(" ", launch.arguments()) + "\": "
                + unusable.orElse("the grader has no reference output for them"))
                .text());
        }
        Matcher expectedLine = GradedLines.matching(reference.stdout().get(0), line).get(0);
        String expected = expectedLine.group(0);
        double expectedValue = Double.parseDouble(expectedLine.group(1));
        List<String> lines = result.output().lines().toList();
        List<Matcher> found = GradedLines.matching(lines, line);
        String name = program.numberName();
        if (found.isEmpty()) {
            FailureMessage message = FailureMessage.about(subject, "the job's output file " + job.outputFile()
                + " has no " + name).expectedButWas(expected, GradedLines.firstMentioning(lines, name));
            if (result.outputDropped()) {
                message.detail("the job wrote more than the grader keeps; the rest was dropped");
            }
            return fail(points, withTail(message, job, result));
        }
        double actual = Double.parseDouble(found.get(0).group(1));
        if (!GradedLines.close(expectedValue, actual, program.relative())) {
            return fail(points, FailureMessage.about(subject, "the job's output file " + job.outputFile()
                + " has the wrong " + name + " (tolerance: relative " + written(program.relative()) + ")")
                .expectedButWas(expected, found.get(0).group(0)).text());
        }
        return CheckResult.pass(NAME, points);
    }

    /** 5e-5 rather than 5.0E-5 or 0.00005: as the package writes it. */
    static String written(double value) {
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        if (value != 0 && Math.abs(value) < 1e-3) {
            return exact.unscaledValue() + "e-" + exact.scale();
        }
        return exact.toPlainString();
    }

    /** A real SLURM's end of a job that is no fault of the output: cancelled in the queue, at --time, for memory. */
    private static Optional<FailureMessage> endedBySlurm(String subject, SlurmJob job, SchedulerRun ran) {
        return switch (ran.state()) {
            case "PENDING" -> Optional.of(FailureMessage.about(subject, "the job never started: it still waited in "
                    + "the queue at the grader's limit (SLURM's reason: " + ran.reason() + "), and the grader cancelled it")
                .detail("hint: a job that asks for what the cluster cannot give, or for a start time or another job "
                    + "it waits for, waits forever; squeue -j JOBID shows why a job waits"));
            case "TIMEOUT" -> Optional.of(FailureMessage.about(subject, "the job ran past its --time limit ("
                    + job.timeLimit().map(JobOutputCheck::minutes).orElse("the partition's") + "), and SLURM "
                    + "cancelled it (state TIMEOUT)")
                .detail("hint: ask for a little more time than the job needs"));
            case "OUT_OF_MEMORY" -> Optional.of(FailureMessage.about(subject, "the job used more memory than it "
                    + "reserved, and SLURM killed it (state OUT_OF_MEMORY)")
                .detail("hint: ask for the memory the ranks' JVM needs, its heap and more: #SBATCH --mem=2G"));
            default -> Optional.empty();
        };
    }

    /** A --time as SLURM keeps it: whole minutes, rounded up. */
    private static String minutes(Duration limit) {
        long minutes = Math.max(1, (limit.toSeconds() + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes") + (limit.toSeconds() % 60 != 0
            ? ": SLURM rounds a --time up to whole minutes" : "");
    }

    static CheckResult onlyArguments(String subject, MpjLaunch launch, List<String> arguments, double points) {
        return fail(points, FailureMessage.about(subject, "the job ran " + launch.mainClass() + " with the arguments \""
            + String.join(" ", launch.arguments()) + "\", but this copy of the course checks a job with the task's "
            + "only").detail("use the arguments " + String.join(" ", arguments)).text());
    }

    /**
     * Why the reference cannot be run with these arguments: not the program's ({@link JobProgram#usage}), or more
     * work than the package allows; empty when it can. Missing arguments take the program's defaults.
     */
    Optional<String> unusable(List<String> arguments) {
        List<String> names = program.arguments();
        if (arguments.size() > names.size()) {
            return Optional.of("the program takes " + program.usage());
        }
        Map<String, Double> values = new HashMap<>(program.defaults());
        for (int i = 0; i < arguments.size(); i++) {
            String name = names.get(i);
            if (program.text().contains(name)) {
                continue;
            }
            boolean integer = program.whole().contains(name);
            Optional<Double> value = integer ? SlurmScript.positive(arguments.get(i)).map(Integer::doubleValue)
                : finite(arguments.get(i));
            if (value.isEmpty()) {
                return Optional.of("\"" + arguments.get(i) + "\" is not " + (integer ? "a positive whole number" : "a number")
                    + " (the program takes " + program.usage() + ")");
            }
            values.put(name, value.get());
        }
        return program.work().filter(w -> w.value().applyAsDouble(values) > w.most()).map(JobProgram.WorkLimit::message);
    }

    private static Optional<Double> finite(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The end of the job's error file (its only file, when errors go with the output). */
    private static FailureMessage withTail(FailureMessage message, SlurmJob job, ScriptResult result) {
        List<String> lines = result.error().lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            return message.detail(job.errorFile() + " is empty");
        }
        message.detail(job.errorFile() + " ends with:");
        lines.subList(Math.max(0, lines.size() - TAIL), lines.size()).forEach(l -> message.detail("  " + l.strip()));
        return message;
    }

    private static String seconds(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static CheckResult fail(double points, FailureMessage message) {
        return fail(points, message.text());
    }

    private static CheckResult fail(double points, String message) {
        return CheckResult.fail(NAME, points, message);
    }
}
