package org.mpjgrader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.mpjgrader.grading.GradingListener;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;
import org.mpjgrader.result.HiddenInputValues;

/**
 * Writes the result as a Gradescope autograder's {@code results.json}, in the format documented at
 * https://gradescope-autograders.readthedocs.io/en/latest/specs/ ("Output format"): the total {@code score},
 * {@code execution_time} in seconds, an {@code output} for the whole submission, and a test per run with its
 * {@code score}, {@code max_score}, {@code status} and {@code output} (the message a student reads).
 *
 * <p>Hidden runs show {@code after_due_date}, and are named without their arguments, so that students do not
 * see the hidden inputs while they can still resubmit; where the course allows it ({@link HiddenInputValues}), a
 * failed hidden test's output ends with its input's values, which Gradescope shows after the due date. The grader's standard output, where the console report
 * lists every run, is hidden from students for the same reason. A run that was not graded scores 0 and says that
 * this is no fault of the submission. The pattern an exercise's rank counts show goes into the submission's
 * {@code output} where the exercise has no hidden runs (a pattern over hidden runs would tell their outcome
 * before the due date), and into {@code extra_data.patterns} for every exercise. The file is written whole or
 * not at all.
 */
public final class GradescopeReport implements GradingListener {
    static final String NOT_GRADED_NOTE = "This run was not graded because the grader or the machine failed, "
        + "not because of your submission: ask your teacher to grade it again.";
    static final String SOME_NOT_GRADED = "Some runs were not graded because the grader or the machine failed, "
        + "not because of your submission: ask your teacher to grade it again.";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;
    private final HiddenInputValues hiddenInputValues;

    public GradescopeReport(Path file) {
        this(file, HiddenInputValues.NEVER);
    }

    /** With {@link HiddenInputValues#AFTER_DUE_DATE}, a failed hidden test's output ends with its input's values. */
    public GradescopeReport(Path file, HiddenInputValues hiddenInputValues) {
        this.file = file;
        this.hiddenInputValues = hiddenInputValues;
    }

    @Override
    public void gradingFinished(GradingResult result) {
        ObjectNode json = toJson(result, hiddenInputValues);
        AtomicFile.write(file, out -> JSON.writeValue(out, json));
    }

    public static ObjectNode toJson(GradingResult result) {
        return toJson(result, HiddenInputValues.NEVER);
    }

    public static ObjectNode toJson(GradingResult result, HiddenInputValues hiddenInputValues) {
        ObjectNode root = JSON.createObjectNode();
        root.put("score", result.score());
        List<RunGrade> runs = result.exercises().stream().flatMap(e -> e.runs().stream()).toList();
        Duration wall = runs.stream().map(RunGrade::wall).reduce(Duration.ZERO, Duration::plus);
        // An integer number of seconds, rounded up: Gradescope shows it as is.
        root.put("execution_time", (wall.toMillis() + 999) / 1000);
        root.put("output", summary(result));
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        ObjectNode extra = root.putObject("extra_data");
        extra.put("seed", result.seed());
        extra.put("grader_version", result.graderVersion());
        // Where Gradescope's container forbids namespaces, this is how a teacher sees the runs were not isolated.
        extra.put("isolation", result.environment().isolation());
        ObjectNode patterns = extra.putObject("patterns");
        result.exercises().stream().filter(ExerciseResult::hasPattern).forEach(e -> patterns.put(e.id(), e.pattern()));
        var tests = root.putArray("tests");
        List<ExerciseResult> exercises = result.exercises();
        for (int e = 0; e < exercises.size(); e++) {
            List<RunGrade> exerciseRuns = exercises.get(e).runs();
            for (int r = 0; r < exerciseRuns.size(); r++) {
                tests.add(test(exerciseRuns.get(r), (e + 1) + "." + (r + 1), hiddenInputValues));
            }
        }
        return root;
    }

    /**
     * {@code hello np=4 visible 100}, {@code hello np=4 hidden input} for a hidden run, or
     * {@code rootsum np=4 wall-clock speedup 60000000}.
     */
    static String testName(RunGrade run) {
        StringBuilder name = new StringBuilder(run.exerciseId()).append(" np=").append(run.np());
        if (run.visibility() == Visibility.HIDDEN) {
            return name.append(" hidden input").toString();
        }
        name.append(run.visibility() == Visibility.WALL ? " wall-clock speedup" : " visible");
        run.arguments().forEach(argument -> name.append(' ').append(argument));
        return name.toString();
    }

    private static ObjectNode test(RunGrade run, String number, HiddenInputValues hiddenInputValues) {
        ObjectNode test = JSON.createObjectNode();
        test.put("name", testName(run));
        test.put("name_format", "text");
        test.put("number", number);
        boolean graded = run.verdict() != Verdict.NOT_GRADED;
        test.put("score", graded ? run.points() : 0);
        test.put("max_score", run.maxPoints());
        // An inconclusive row (no points) is no failure: its output says why the machine could not show it.
        test.put("status", run.verdict().failed() ? "failed" : "passed");
        String output = graded ? run.message() : join(run.message(), NOT_GRADED_NOTE);
        // Gradescope shows a hidden test only after the due date, when the input can no longer help a resubmission.
        boolean withValues = hiddenInputValues == HiddenInputValues.AFTER_DUE_DATE
            && run.visibility() == Visibility.HIDDEN && run.verdict().failed() && graded;
        test.put("output", withValues ? join(output, "The hidden input was: " + String.join(" ", run.arguments()))
            : output);
        test.put("output_format", "text");
        test.put("visibility", run.visibility() == Visibility.HIDDEN ? "after_due_date" : "visible");
        test.putArray("tags").add(run.exerciseId());
        ObjectNode extra = test.putObject("extra_data");
        extra.put("verdict", run.verdict().name());
        extra.put("np", run.np());
        extra.put("wall_s", run.wall().toNanos() / 1e9);
        return test;
    }

    private static String summary(GradingResult result) {
        String total = String.format(Locale.ROOT, "%s: %s of %s points", result.submission(),
            ConsoleReport.points(result.score()), ConsoleReport.points(result.maxScore()));
        // Any run, not only each exercise's first verdict: a run may fail before another is not graded.
        boolean notGraded = result.exercises().stream().flatMap(e -> e.runs().stream())
            .anyMatch(run -> run.verdict() == Verdict.NOT_GRADED);
        String withPatterns = result.exercises().stream().filter(e -> e.hasPattern() && !hasHiddenRuns(e))
            .map(e -> e.id() + " " + e.pattern()).reduce(total, GradescopeReport::join);
        return notGraded ? join(withPatterns, SOME_NOT_GRADED) : withPatterns;
    }

    private static boolean hasHiddenRuns(ExerciseResult exercise) {
        return exercise.runs().stream().anyMatch(run -> run.visibility() == Visibility.HIDDEN);
    }

    private static String join(String first, String second) {
        return first.isBlank() ? second : first + "\n\n" + second;
    }
}
