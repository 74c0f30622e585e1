package org.mpjgrader.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** The summary's charts, as PNG files beside it (JFreeChart, headless). */
final class ClassCharts {
    static final String SCORES = "scores.png";
    static final String PASS_RATES = "pass-rates.png";
    static final String SPEEDUPS = "speedups.png";
    private static final int WIDTH = 760;
    private static final int HEIGHT = 340;

    private ClassCharts() {
    }

    /** How many students scored in each tenth of the maximum. */
    static void scoreDistribution(int[] studentsPerTenth, Path folder) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < studentsPerTenth.length; i++) {
            String bucket = i == studentsPerTenth.length - 1 ? "100" : "<" + (i * 10 + 10);
            data.addValue(studentsPerTenth[i], "students", bucket);
        }
        write(ChartFactory.createBarChart("Score distribution", "score, % of the maximum", "students", data,
            PlotOrientation.VERTICAL, false, false, false), folder.resolve(SCORES));
    }

    /** Per exercise, the share of students whose run passed, one bar per rank count. */
    static void passRates(Map<String, Map<Integer, Double>> ratesByExercise, List<Integer> rankCounts, Path folder) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ratesByExercise.forEach((exercise, rates) -> rankCounts.forEach(np -> {
            if (rates.containsKey(np)) {
                data.addValue(100 * rates.get(np), np + (np == 1 ? " rank" : " ranks"), exercise);
            }
        }));
        write(ChartFactory.createBarChart("Runs passed per exercise and rank count", "exercise", "% of students",
            data, PlotOrientation.VERTICAL, true, false, false), folder.resolve(PASS_RATES));
    }

    /** Per exercise and rank count of its runs on a large input: the class's median modelled speedup, the
     * reference's, and the ideal (the rank count). */
    static void speedups(List<SpeedupRow> rows, Path folder) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SpeedupRow row : rows) {
            String category = row.exercise() + " np=" + row.np();
            data.addValue(row.classMedian(), "class (median)", category);
            data.addValue(row.reference(), "reference", category);
            data.addValue(row.np(), "ideal", category);
        }
        write(ChartFactory.createBarChart("Modelled speedup on the large inputs", "exercise and rank count",
            "speedup", data, PlotOrientation.VERTICAL, true, false, false), folder.resolve(SPEEDUPS));
    }

    /** One bar group of the speedup chart. */
    record SpeedupRow(String exercise, int np, double classMedian, double reference, int students) {
    }

    private static void write(JFreeChart chart, Path file) {
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
