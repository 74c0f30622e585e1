package org.mpjgrader.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.mpjgrader.grading.GradingListener;
import org.mpjgrader.result.Communication;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.Measurement;
import org.mpjgrader.result.RunGrade;

/**
 * Pictures of a grading for a person to look at, written to a folder: per exercise, the speedup at each rank count
 * (the student's and the reference's, modelled and, where measured, wall-clock, against the ideal) and the
 * communication matrix of its largest run as a heat map (bytes from each rank to each rank), with an
 * {@code index.html} that shows them. PNG files, drawn headless with JFreeChart.
 */
public final class ParallelCharts implements GradingListener {
    static final String INDEX = "index.html";
    private static final int WIDTH = 640;
    private static final int HEIGHT = 420;

    private final Path folder;

    public ParallelCharts(Path folder) {
        this.folder = folder;
    }

    @Override
    public void gradingFinished(GradingResult result) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
            .append(html(result.submission())).append(": parallel behaviour</title></head><body>\n<h1>")
            .append(html(result.submission())).append(": parallel behaviour</h1>\n");
        try {
            Files.createDirectories(folder);
            for (ExerciseResult exercise : result.exercises()) {
                exercise(exercise, html);
            }
            html.append("</body></html>\n");
            Files.writeString(folder.resolve(INDEX), html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the charts to " + folder, e);
        }
    }

    private void exercise(ExerciseResult exercise, StringBuilder html) throws IOException {
        Optional<RunGrade> largest = largestCommunication(exercise.runs());
        XYSeriesCollection speedups = speedups(exercise.runs());
        if (largest.isEmpty() && speedups.getSeriesCount() == 0) {
            return;
        }
        html.append("<h2>").append(html(exercise.id() + ": " + exercise.title())).append("</h2>\n");
        if (speedups.getSeriesCount() > 0) {
            String file = exercise.id() + "-speedup.png";
            ChartUtils.saveChartAsPNG(folder.resolve(file).toFile(), speedupChart(exercise.id(), speedups), WIDTH,
                HEIGHT);
            html.append("<img src=\"").append(file).append("\" alt=\"speedup of ").append(exercise.id())
                .append("\">\n");
        }
        if (largest.isPresent()) {
            String file = exercise.id() + "-communication.png";
            RunGrade run = largest.get();
            ChartUtils.saveChartAsPNG(folder.resolve(file).toFile(), heatMap(exercise.id(), run), WIDTH, HEIGHT);
            html.append("<img src=\"").append(file).append("\" alt=\"bytes between ranks, ").append(exercise.id())
                .append(" at ").append(run.np()).append(" ranks\">\n<p>Calls at ").append(run.np())
                .append(" ranks: ").append(html(calls(run.communication()))).append("</p>\n");
        }
    }

    /** The run with the most ranks (then the most bytes) that communicated. */
    static Optional<RunGrade> largestCommunication(List<RunGrade> runs) {
        return runs.stream().filter(r -> r.communication().any() && r.np() > 1)
            .max(Comparator.comparingInt(RunGrade::np).thenComparingLong(r -> r.communication().totalBytes()));
    }

    /** Series by name, each a rank count to speedup map; every series starts at 1 rank, speedup 1. */
    static XYSeriesCollection speedups(List<RunGrade> runs) {
        Map<String, Map<Integer, Double>> series = new TreeMap<>();
        for (RunGrade run : runs) {
            add(series, "student, modelled", run, Measurement.MODELLED_SPEEDUP);
            add(series, "reference, modelled", run, Measurement.REFERENCE_MODELLED_SPEEDUP);
            add(series, "student, wall-clock", run, Measurement.WALL_SPEEDUP);
            add(series, "reference, wall-clock", run, Measurement.REFERENCE_WALL_SPEEDUP);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        if (series.isEmpty()) {
            return data;
        }
        int most = series.values().stream().flatMap(s -> s.keySet().stream()).max(Integer::compare).orElse(1);
        XYSeries ideal = new XYSeries("ideal");
        ideal.add(1, 1);
        ideal.add(most, most);
        data.addSeries(ideal);
        series.forEach((name, points) -> {
            XYSeries xy = new XYSeries(name);
            xy.add(1, 1);
            points.forEach(xy::add);
            data.addSeries(xy);
        });
        return data;
    }

    private static void add(Map<String, Map<Integer, Double>> series, String name, RunGrade run, String key) {
        Double value = run.measurements().get(key);
        if (value != null && run.np() > 1) {
            series.computeIfAbsent(name, n -> new TreeMap<>()).put(run.np(), value);
        }
    }

    private static JFreeChart speedupChart(String exercise, XYSeriesCollection data) {
        NumberAxis ranks = new NumberAxis("ranks");
        ranks.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis speedup = new NumberAxis("speedup over 1 rank");
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(data, ranks, speedup, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        return new JFreeChart(exercise + ": speedup", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    /** Bytes from each sending rank (rows, rank 0 on top) to each receiving rank (columns), labelled in cells. */
    private static JFreeChart heatMap(String exercise, RunGrade run) {
        Communication said = run.communication();
        int np = said.np();
        double[][] cells = new double[3][np * np];
        long max = 1;
        XYPlot plot = new XYPlot();
        for (int from = 0; from < np; from++) {
            for (int to = 0; to < np; to++) {
                long bytes = said.bytes().get(from).get(to);
                int i = from * np + to;
                cells[0][i] = to;
                cells[1][i] = from;
                cells[2][i] = bytes;
                max = Math.max(max, bytes);
                if (bytes > 0 && np <= 8) {
                    XYTextAnnotation label = new XYTextAnnotation(size(bytes), to, from);
                    label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                    plot.addAnnotation(label);
                }
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("bytes", cells);
        LookupPaintScale scale = new LookupPaintScale(0, max + 1, Color.WHITE);
        for (int step = 0; step <= 10; step++) {
            float share = step / 10f;
            scale.add(max * share * 0.999 + (step == 0 ? 0 : 1e-9), new Color(1 - 0.8f * share, 1 - 0.6f * share, 1f));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        NumberAxis receiver = new NumberAxis("to rank");
        receiver.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        receiver.setRange(-0.5, np - 0.5);
        NumberAxis sender = new NumberAxis("from rank");
        sender.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        sender.setRange(-0.5, np - 0.5);
        sender.setInverted(true);
        plot.setDataset(data);
        plot.setDomainAxis(receiver);
        plot.setRangeAxis(sender);
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart(String.format(Locale.ROOT, "%s at %d ranks: bytes sent, %s in all",
            exercise, np, size(said.totalBytes())), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        NumberAxis legendAxis = new NumberAxis("bytes");
        legendAxis.setRange(0, max + 1);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        chart.addSubtitle(legend);
        return chart;
    }

    private static String html(String text) {
        return XmlText.valid(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\"", "&quot;");
    }

    static String size(long bytes) {
        if (bytes >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        if (bytes >= 1_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        return bytes + " B";
    }

    /** "Bcast 8, Gatherv 4, Scatterv 4 (all ranks together)". */
    static String calls(Communication said) {
        StringBuilder text = new StringBuilder();
        said.calls().forEach((kind, count) -> text.append(text.length() == 0 ? "" : ", ").append(kind).append(' ')
            .append(count));
        return text + " (all ranks together)" + (said.complete() ? "" : ", at least: a rank made more calls than "
            + "were recorded");
    }
}
