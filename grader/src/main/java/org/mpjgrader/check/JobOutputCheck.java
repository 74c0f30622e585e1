package org.mpjgrader.check;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpjgrader.launch.MpjLaunch;
import org.mpjgrader.launch.SchedulerRun;
import org.mpjgrader.launch.ScriptResult;
import org.mpjgrader.result.CheckResult;

/**
 * The job's half of the HPC lesson: the file the job's output went to must hold the Mandelbrot program's
 * {@code Checksum: S}, the reference's for the arguments the job really used (within the relative 5e-5 the
 * mandelbrot exercise allows, since equivalent arithmetic moves a few pixels). When it does not, the message
 * shows the end of the job's error file, which is where a job that went wrong says why.
 */
final class JobOutputCheck {
    static final String NAME = "job output";
    static final double TOLERANCE = 5e-5;
    /** Arguments of the Mandelbrot program the grader checks: {@code nr ni rei ref imi imf imax [image.pgm]}. */
    static final String USAGE = "nr ni rei ref imi imf imax [image.pgm]";
    /** The most work the reference is run for: the task's 1000 x 1000 pixels, 1000 iterations. */
    static final double MAX_WORK = 1e9;
    private static final Pattern CHECKSUM = Pattern.compile("Checksum: " + GradedLines.NUMBER);
    private static final int TAIL = 5;

    private JobOutputCheck() {
    }

    static CheckResult notRun(String subject, String why, double points) {
        return CheckResult.fail(NAME, points, FailureMessage.about(subject, "the job did not run: " + why).text());
    }

    /**
     * @param reference what the reference printed for the job's arguments, or null when there is none to compare
     *                  with (the job started no program, or with arguments {@link #unusable} rejects)
     */
    static CheckResult check(String subject, SlurmJob job, ScriptResult result, ReferenceOutput reference,
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
        Matcher expectedLine = GradedLines.matching(reference.stdout().get(0), CHECKSUM).get(0);
        String expected = expectedLine.group(0);
        double expectedValue = Double.parseDouble(expectedLine.group(1));
        List<String> lines = result.output().lines().toList();
        List<Matcher> checksums = GradedLines.matching(lines, CHECKSUM);
        if (checksums.isEmpty()) {
            FailureMessage message = FailureMessage.about(subject, "the job's output file " + job.outputFile()
                + " has no checksum").expectedButWas(expected, GradedLines.firstMentioning(lines, "checksum"));
            if (result.outputDropped()) {
                message.detail("the job wrote more than the grader keeps; the rest was dropped");
            }
            return fail(points, withTail(message, job, result));
        }
        double actual = Double.parseDouble(checksums.get(0).group(1));
        if (!GradedLines.close(expectedValue, actual, TOLERANCE)) {
            return fail(points, FailureMessage.about(subject, "the job's output file " + job.outputFile()
                + " has the wrong checksum (tolerance: relative 5e-5)")
                .expectedButWas(expected, checksums.get(0).group(0)).text());
        }
        return CheckResult.pass(NAME, points);
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
     * Why the reference cannot be run with these arguments: not the program's ({@value #USAGE}), or more work
     * than the task's; empty when it can. Missing arguments take the program's defaults.
     */
    static Optional<String> unusable(List<String> arguments) {
        if (arguments.size() > 8) {
            return Optional.of("the program takes " + USAGE);
        }
        double[] values = {200, 200, -1.5, 0.5, -1.0, 1.0, 1000};
        for (int i = 0; i < Math.min(7, arguments.size()); i++) {
            boolean integer = i < 2 || i == 6;
            Optional<Double> value = integer ? SlurmScript.positive(arguments.get(i)).map(Integer::doubleValue)
                : finite(arguments.get(i));
            if (value.isEmpty()) {
                return Optional.of("\"" + arguments.get(i) + "\" is not " + (integer ? "a positive whole number" : "a number")
                    + " (the program takes " + USAGE + ")");
            }
            values[i] = value.get();
        }
        if (values[0] * values[1] * values[6] > MAX_WORK) {
            return Optional.of("the grader checks jobs of at most 1000 x 1000 pixels and 1000 iterations "
                + "(nr * ni * imax <= 10^9), as the task's");
        }
        return Optional.empty();
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
