package org.mpjgrader.batch;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.Measurement;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;
import org.mpjgrader.report.AtomicFile;

/**
 * The instructor's page of a batch ({@code summary.html}): the score distribution, per exercise the share of
 * students passing at each rank count, the most common causes of failure (grouped by {@link FailureSignature}),
 * the students whose programs tried what the sandbox denies or the grader forbids, with what they tried, every
 * student with links to their feedback and result, and the most similar pairs of submissions.
 */
public final class ClassSummaryPage {
    static final String FILE = "summary.html";
    private static final int TOP_CAUSES = 15;
    private static final int TOP_PAIRS = 20;

    private ClassSummaryPage() {
    }

    public static void write(Path folder, BatchSettings settings, List<BatchOutput.StudentResult> results,
                             SimilarityReport similarity) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("students", results.size());
        page.put("seed", settings.seed());
        page.put("environment", results.isEmpty() ? "" : describe(results.get(0).result()));
        page.put("rankCounts", rankCounts(results));
        page.put("exercises", passRateRows(results));
        page.put("causes", causes(results));
        page.put("rows", studentRows(results));
        List<Map<String, Object>> integrity = integrityRows(results);
        page.put("integrity", integrity);
        page.put("anyIntegrity", !integrity.isEmpty());
        page.put("similarPairs", similarity.pairs().stream().limit(TOP_PAIRS).map(p -> Map.of("first", p.first(),
            "second", p.second(), "average", percent(p.average()), "maximum", percent(p.maximum()))).toList());
        page.put("similarityNote", similarity.note());
        List<ClassCharts.SpeedupRow> speedups = speedups(results);
        page.put("speedups", speedups.stream().map(r -> Map.of("exercise", r.exercise(), "np", r.np(),
            "classMedian", String.format(Locale.ROOT, "%.2f", r.classMedian()),
            "reference", String.format(Locale.ROOT, "%.2f", r.reference()), "students", r.students())).toList());
        page.put("anySpeedups", !speedups.isEmpty());
        if (!speedups.isEmpty()) {
            ClassCharts.speedups(speedups, folder);
        }
        ClassCharts.scoreDistribution(distribution(results), folder);
        ClassCharts.passRates(passRates(results), rankCounts(results), folder);
        Mustache template = new DefaultMustacheFactory("org/mpjgrader/batch").compile("summary.mustache");
        StringWriter html = new StringWriter();
        template.execute(html, page);
        AtomicFile.write(folder.resolve(FILE), html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(GradingResult result) {
        var env = result.environment();
        return "grader " + env.graderVersion() + ", Java " + env.javaVersion() + ", " + env.mpjExpress() + ", "
            + env.cores() + " cores, " + env.isolation();
    }

    private static List<Integer> rankCounts(List<BatchOutput.StudentResult> results) {
        TreeSet<Integer> counts = new TreeSet<>();
        results.forEach(s -> s.result().exercises().forEach(e -> e.runs().forEach(r -> counts.add(r.np()))));
        return List.copyOf(counts);
    }

    /**
     * Exercise -> rank count -> share of students none of whose runs at that rank count failed (an inconclusive
     * wall-clock row is no failure).
     */
    static Map<String, Map<Integer, Double>> passRates(List<BatchOutput.StudentResult> results) {
        Map<String, Map<Integer, int[]>> counts = new LinkedHashMap<>();
        for (BatchOutput.StudentResult student : results) {
            for (ExerciseResult exercise : student.result().exercises()) {
                Map<Integer, Boolean> passedAt = new TreeMap<>();
                exercise.runs().forEach(r -> passedAt.merge(r.np(), !r.verdict().failed(), Boolean::logicalAnd));
                Map<Integer, int[]> byNp = counts.computeIfAbsent(exercise.id(), id -> new TreeMap<>());
                passedAt.forEach((np, passed) -> {
                    int[] c = byNp.computeIfAbsent(np, n -> new int[2]);
                    c[0] += passed ? 1 : 0;
                    c[1]++;
                });
            }
        }
        Map<String, Map<Integer, Double>> rates = new LinkedHashMap<>();
        counts.forEach((id, byNp) -> {
            Map<Integer, Double> r = new TreeMap<>();
            byNp.forEach((np, c) -> r.put(np, (double) c[0] / c[1]));
            rates.put(id, r);
        });
        return rates;
    }

    private static List<Map<String, Object>> passRateRows(List<BatchOutput.StudentResult> results) {
        List<Integer> counts = rankCounts(results);
        List<Map<String, Object>> rows = new ArrayList<>();
        passRates(results).forEach((id, rates) -> rows.add(Map.of("id", id, "cells", counts.stream()
            .map(np -> rates.containsKey(np) ? percent(rates.get(np)) : "").toList())));
        return rows;
    }

    private static List<Map<String, Object>> causes(List<BatchOutput.StudentResult> results) {
        Map<FailureSignature, List<String>> students = new LinkedHashMap<>();
        Map<FailureSignature, String> example = new LinkedHashMap<>();
        for (BatchOutput.StudentResult student : results) {
            for (ExerciseResult exercise : student.result().exercises()) {
                for (RunGrade run : exercise.runs()) {
                    if (!run.verdict().failed()) {
                        continue;
                    }
                    FailureSignature signature = FailureSignature.of(run);
                    List<String> who = students.computeIfAbsent(signature, s -> new ArrayList<>());
                    if (!who.contains(student.student())) {
                        who.add(student.student());
                    }
                    example.putIfAbsent(signature, run.message());
                }
            }
        }
        return students.entrySet().stream()
            .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
            .limit(TOP_CAUSES)
            .map(e -> Map.<String, Object>of("exercise", e.getKey().exercise(), "verdict", e.getKey().verdict(),
                "shape", e.getKey().shape(), "count", e.getValue().size(),
                "students", String.join(", ", e.getValue()), "example", example.get(e.getKey())))
            .toList();
    }

    /** The students whose programs tried what the sandbox denies or the grader forbids, with what they tried. */
    static List<Map<String, Object>> integrityRows(List<BatchOutput.StudentResult> results) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BatchOutput.StudentResult student : results) {
            List<String> lines = student.result().integrityLines();
            if (!lines.isEmpty()) {
                rows.add(Map.of("student", student.student(), "kinds", student.result().integrityKinds(),
                    "lines", String.join("\n", lines)));
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> studentRows(List<BatchOutput.StudentResult> results) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BatchOutput.StudentResult student : results) {
            GradingResult r = student.result();
            List<Map<String, Object>> verdicts = r.exercises().stream().map(e -> Map.<String, Object>of(
                "id", e.id(), "verdict", e.verdict().name(), "pass", e.verdict() == Verdict.PASS)).toList();
            rows.add(Map.of("student", student.student(), "score", Gradebook.number(r.score()),
                "max", Gradebook.number(r.maxScore()), "verdicts", verdicts));
        }
        return rows;
    }

    /** Per exercise and rank count of the runs on a large input: the medians of what the runs measured. */
    static List<ClassCharts.SpeedupRow> speedups(List<BatchOutput.StudentResult> results) {
        Map<String, List<Double>> students = new TreeMap<>();
        Map<String, List<Double>> references = new TreeMap<>();
        for (BatchOutput.StudentResult student : results) {
            for (ExerciseResult exercise : student.result().exercises()) {
                for (RunGrade run : exercise.runs()) {
                    Double speedup = run.measurements().get(Measurement.MODELLED_SPEEDUP);
                    if (run.visibility() != Visibility.PARALLEL || speedup == null) {
                        continue;
                    }
                    String key = exercise.id() + "\t" + run.np();
                    students.computeIfAbsent(key, k -> new ArrayList<>()).add(speedup);
                    references.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(run.measurements().get(Measurement.REFERENCE_MODELLED_SPEEDUP));
                }
            }
        }
        List<ClassCharts.SpeedupRow> rows = new ArrayList<>();
        students.forEach((key, values) -> {
            String[] parts = key.split("\t");
            rows.add(new ClassCharts.SpeedupRow(parts[0], Integer.parseInt(parts[1]), median(values),
                median(references.get(key)), values.size()));
        });
        return rows;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Students per tenth of the maximum score (the last bucket is exactly 100%). */
    static int[] distribution(List<BatchOutput.StudentResult> results) {
        int[] buckets = new int[11];
        for (BatchOutput.StudentResult student : results) {
            double max = student.result().maxScore();
            double share = max == 0 ? 0 : student.result().score() / max;
            buckets[share >= 1 ? 10 : (int) Math.floor(share * 10)]++;
        }
        return buckets;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
