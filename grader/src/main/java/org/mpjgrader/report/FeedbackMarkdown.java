package org.mpjgrader.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpjgrader.grading.GradingListener;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

/**
 * The feedback one student reads, in Markdown (a GitHub summary, an issue, a mail): the total, a table of the
 * exercises, then for each exercise that did not pass the pattern its rank counts show (if any) and every
 * distinct message once, with the rank counts and inputs it came at. Hidden inputs are named as hidden, never
 * shown. What the programs tried that the sandbox denies or the course forbids has a section, {@code Integrity}. An {@code INCONCLUSIVE} row is listed too, as no failure: what the machine could not show. The file is
 * written whole or not at all.
 */
public final class FeedbackMarkdown implements GradingListener {
    private static final Pattern BACKTICKS = Pattern.compile("`+");
    private final Path file;

    public FeedbackMarkdown(Path file) {
        this.file = file;
    }

    @Override
    public void gradingFinished(GradingResult result) {
        String markdown = render(result);
        AtomicFile.write(file, out -> out.write(markdown.getBytes(StandardCharsets.UTF_8)));
    }

    /** The whole feedback of {@code result}. */
    public static String render(GradingResult result) {
        StringBuilder md = new StringBuilder();
        md.append("# Feedback on ").append(result.submission()).append(": ").append(points(result.score()))
            .append(" of ").append(points(result.maxScore())).append(" points\n\n");
        md.append("| Exercise | Verdict | Points |\n| --- | --- | --- |\n");
        for (ExerciseResult exercise : result.exercises()) {
            md.append("| ").append(cell(exercise.id() + ": " + exercise.title())).append(" | ")
                .append(exercise.verdict()).append(" | ").append(points(exercise.score())).append('/')
                .append(points(exercise.maxScore())).append(" |\n");
        }
        result.exercises().stream().flatMap(e -> e.runs().stream()).filter(r -> !r.schedulerLine().isEmpty())
            .forEach(r -> md.append("\n").append(r.exerciseId()).append(": the batch job ").append(r.schedulerLine())
                .append(".\n"));
        integrity(md, result.integrityLines());
        if (result.exercises().stream().allMatch(e -> e.runs().stream().allMatch(r -> r.verdict().passed()))) {
            return md.append("\nEvery run passed.\n").toString();
        }
        for (ExerciseResult exercise : result.exercises()) {
            List<RunGrade> failed = exercise.runs().stream().filter(run -> !run.verdict().passed()).toList();
            if (!failed.isEmpty()) {
                md.append("\n## ").append(exercise.id()).append(": ").append(exercise.title()).append('\n');
                if (exercise.hasPattern()) {
                    md.append("\n**Pattern:** ").append(exercise.pattern()).append(".\n");
                }
                byMessage(failed).forEach((message, runs) -> problem(md, message, runs));
            }
        }
        return md.toString();
    }

    /**
     * {@code ## Integrity}: what the programs tried that the sandbox denies or the course forbids, one line each with
     * the runs that tried it; nothing where they tried nothing of the kind.
     */
    private static void integrity(StringBuilder md, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String text = String.join("\n", lines);
        String fence = fence(text);
        md.append("\n## Integrity\n\nYour programs tried what the sandbox denies or the course forbids (your teacher "
            + "sees this too):\n\n").append(fence).append('\n').append(text).append('\n').append(fence).append('\n');
    }

    /** The failed runs by message, in the order the messages first came: a compile error is told once. */
    private static Map<String, List<RunGrade>> byMessage(List<RunGrade> failed) {
        Map<String, List<RunGrade>> runs = new LinkedHashMap<>();
        failed.forEach(run -> runs.computeIfAbsent(run.message().strip(), m -> new ArrayList<>()).add(run));
        return runs;
    }

    /** {@code **FAIL** at 2 and 4 ranks, on input `100` and a hidden input:} and the message, fenced. */
    private static void problem(StringBuilder md, String message, List<RunGrade> runs) {
        md.append("\n**").append(String.join(", ", runs.stream().map(r -> r.verdict().name()).distinct().toList()))
            .append("** at ").append(ranks(runs.stream().map(RunGrade::np).distinct().sorted().toList()));
        List<String> inputs = new ArrayList<>(runs.stream().filter(r -> r.visibility() == Visibility.VISIBLE)
            .map(RunGrade::arguments).filter(arguments -> !arguments.isEmpty()).distinct()
            .map(arguments -> inlineCode(String.join(" ", arguments))).toList());
        int visibleInputs = inputs.size();
        long hidden = runs.stream().filter(r -> r.visibility() == Visibility.HIDDEN).count();
        if (hidden > 0) {
            inputs.add(hidden == 1 ? "a hidden input" : "hidden inputs");
        }
        if (!inputs.isEmpty()) {
            md.append(", on ").append(visibleInputs > 1 ? "inputs " : visibleInputs == 1 ? "input " : "")
                .append(series(inputs));
        }
        if (runs.stream().anyMatch(r -> r.verdict() == Verdict.INCONCLUSIVE)) {
            md.append(" (no failure and no points: this machine could not show it)");
        }
        if (runs.stream().anyMatch(r -> r.verdict() == Verdict.NOT_GRADED)) {
            md.append(" (not graded: the grader or the machine failed, not your submission; "
                + "ask your teacher to grade it again)");
        }
        if (message.isEmpty()) {
            md.append(".\n");
            return;
        }
        String fence = fence(message);
        md.append(":\n\n").append(fence).append('\n').append(message).append('\n').append(fence).append('\n');
    }

    /** {@code 1 rank}, {@code 2 and 4 ranks}, {@code 3, 4 and 8 ranks}. */
    static String ranks(List<Integer> counts) {
        List<String> numbers = counts.stream().map(String::valueOf).toList();
        return series(numbers) + (counts.size() == 1 && counts.get(0) == 1 ? " rank" : " ranks");
    }

    private static String series(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A code fence longer than any run of backticks in {@code text}, which therefore cannot close it early. */
    static String fence(String text) {
        return "`".repeat(Math.max(3, longestBackticks(text) + 1));
    }

    /** {@code text} as inline code, with enough backticks around it to hold those inside. */
    static String inlineCode(String text) {
        int longest = longestBackticks(text);
        if (longest == 0) {
            return "`" + text + "`";
        }
        String ticks = "`".repeat(longest + 1);
        return ticks + " " + text + " " + ticks;
    }

    private static int longestBackticks(String text) {
        int longest = 0;
        Matcher ticks = BACKTICKS.matcher(text);
        while (ticks.find()) {
            longest = Math.max(longest, ticks.group().length());
        }
        return longest;
    }

    /** A table cell: a {@code |} would end it, a line break the row. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replaceAll("\\R", " ");
    }

    private static String points(double points) {
        return ConsoleReport.points(points);
    }
}
