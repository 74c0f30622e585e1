package org.mpjgrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.result.Communication;
import org.mpjgrader.result.Measurement;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Visibility;

class ParallelChartsTest {
    @TempDir
    Path temp;

    private static final Communication AT_TWO = new Communication(List.of(List.of(0L, 1L), List.of(1L, 0L)),
        List.of(List.of(0L, 8L), List.of(8L, 0L)), Map.of("Bcast", 2, "Reduce", 2), true);
    private static final Communication AT_FOUR = new Communication(
        List.of(List.of(0L, 2L, 2L, 2L), List.of(1L, 0L, 0L, 0L), List.of(1L, 0L, 0L, 0L), List.of(1L, 0L, 0L, 0L)),
        List.of(List.of(0L, 2_200_000L, 2_200_000L, 2_200_000L), List.of(576_000L, 0L, 0L, 0L),
            List.of(576_000L, 0L, 0L, 0L), List.of(576_000L, 0L, 0L, 0L)), Map.of("Scatterv", 4, "Gatherv", 4), false);

    private static RunGrade parallel(int np, double student, double reference, Communication said) {
        return Results.passed("rootsum", np, Visibility.PARALLEL, "60000000")
            .withMeasurements(Map.of(Measurement.MODELLED_SPEEDUP, student,
                Measurement.REFERENCE_MODELLED_SPEEDUP, reference))
            .withCommunication(said);
    }

    @Test
    void drawsTheSpeedupsAndTheLargestRunsCommunicationPerExerciseWithAnIndex() throws Exception {
        new ParallelCharts(temp).gradingFinished(Results.result(
            Results.exercise("rootsum", "09 Broadcast and reduce", Results.passed("rootsum", 1, Visibility.VISIBLE),
                parallel(2, 1.9, 1.95, AT_TWO), parallel(4, 3.7, 3.8, AT_FOUR)),
            Results.exercise("hello", "07 Hello World", Results.passed("hello", 2, Visibility.VISIBLE))));

        BufferedImage speedup = ImageIO.read(temp.resolve("rootsum-speedup.png").toFile());
        BufferedImage heatMap = ImageIO.read(temp.resolve("rootsum-communication.png").toFile());
        assertThat(speedup.getWidth()).isEqualTo(640);
        assertThat(heatMap.getHeight()).isEqualTo(420);
        assertThat(temp.resolve("hello-speedup.png")).doesNotExist();
        String index = Files.readString(temp.resolve(ParallelCharts.INDEX));
        assertThat(index).contains("<img src=\"rootsum-speedup.png\"", "<img src=\"rootsum-communication.png\"",
            "Calls at 4 ranks: Gatherv 4, Scatterv 4 (all ranks together), at least: a rank made more calls than "
                + "were recorded").doesNotContain("hello");
    }

    @Test
    void theSpeedupSeriesStartAtOneRankAndTheIdealReachesTheLargestRankCount() {
        XYSeriesCollection data = ParallelCharts.speedups(List.of(parallel(2, 1.9, 1.95, AT_TWO),
            parallel(4, 3.7, 3.8, AT_FOUR)));

        assertThat(data.getSeries("ideal").getMaxX()).isEqualTo(4);
        assertThat(data.getSeries("student, modelled").getY(0).doubleValue()).isEqualTo(1);
        assertThat(data.getSeries("student, modelled").getY(2).doubleValue()).isEqualTo(3.7);
        assertThat(data.getSeries("reference, modelled").getItemCount()).isEqualTo(3);
        assertThat(data.getSeriesCount()).isEqualTo(3); // no wall-clock rows measured
    }

    @Test
    void sizesReadAsAPersonWritesThem() {
        assertThat(ParallelCharts.size(999)).isEqualTo("999 B");
        assertThat(ParallelCharts.size(576_000)).isEqualTo("576.0 kB");
        assertThat(ParallelCharts.size(2_200_040)).isEqualTo("2.2 MB");
        assertThat(ParallelCharts.largestCommunication(List.of(parallel(2, 1.9, 1.95, AT_TWO),
            parallel(4, 3.7, 3.8, AT_FOUR))).orElseThrow().np()).isEqualTo(4);
    }
}
