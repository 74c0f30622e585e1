package org.mpjgrader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.report.JsonReport;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingEnvironment;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.Measurement;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;

/** The instructor's page from results read back from disk, as a batch builds it. */
class ClassSummaryPageTest {
    @TempDir
    Path temp;

    private static GradingResult student(String name, double speedup) {
        RunGrade visible = new RunGrade("rootsum", 4, List.of("1234567"), Visibility.VISIBLE, Verdict.PASS, "", 2, 2,
            List.of(), Duration.ofMillis(300));
        RunGrade parallel = new RunGrade("rootsum", 4, List.of("200000000"), Visibility.PARALLEL,
            speedup > 3 ? Verdict.PASS : Verdict.FAIL, speedup > 3 ? "" : "rootsum at 4 ranks, arguments 200000000: "
                + "the work is not spread over the ranks", speedup > 3 ? 2 : 0, 2, List.of(), Duration.ofSeconds(1),
            Map.of(Measurement.MODELLED_SPEEDUP, speedup, Measurement.REFERENCE_MODELLED_SPEEDUP, 3.9,
                Measurement.BALANCE, 4 / speedup));
        return new GradingResult(name, 7, new GradingEnvironment("test", "17", "MPJ Express 0.44", 2, "none"),
            Instant.parse("2026-11-26T00:00:00Z"),
            List.of(new ExerciseResult("rootsum", "09 Broadcast and reduce", List.of(visible, parallel))));
    }

    @Test
    void anInconclusiveWallRowSurvivesTheResultFileAndIsNoFailure() throws Exception {
        BatchOutput output = new BatchOutput(temp);
        RunGrade wall = new RunGrade("rootsum", 4, List.of("200000000"), Visibility.WALL, Verdict.INCONCLUSIVE,
            "rootsum at 4 ranks, arguments 200000000: wall-clock speedup inconclusive: this machine has 2 cores", 0, 0,
            List.of(), Duration.ZERO);
        GradingResult passed = student("s0", 3.8);
        ExerciseResult rootsum = passed.exercises().get(0);
        List<RunGrade> runs = new ArrayList<>(rootsum.runs());
        runs.add(wall);
        new JsonReport(output.resultFile("s0")).gradingFinished(new GradingResult("s0", 7, passed.environment(),
            passed.gradedAt(), List.of(new ExerciseResult(rootsum.id(), rootsum.title(), runs))));
        List<BatchOutput.StudentResult> results = output.results();

        ExerciseResult read = results.get(0).result().exercises().get(0);
        assertThat(read.runs().get(2)).isEqualTo(wall);
        assertThat(read.verdict()).isEqualTo(Verdict.PASS);
        assertThat(ClassSummaryPage.passRates(results)).containsEntry("rootsum", Map.of(4, 1.0));
    }

    @Test
    void measurementsSurviveTheResultFileAndMakeTheSpeedupChart() throws Exception {
        BatchOutput output = new BatchOutput(temp);
        double[] speedups = {3.8, 1.1, 3.7};
        for (int i = 0; i < speedups.length; i++) {
            new JsonReport(output.resultFile("s" + i)).gradingFinished(student("s" + i, speedups[i]));
        }
        List<BatchOutput.StudentResult> results = output.results();

        assertThat(results.get(1).result().exercises().get(0).runs().get(1).measurements())
            .containsEntry(Measurement.MODELLED_SPEEDUP, 1.1);
        assertThat(ClassSummaryPage.speedups(results)).containsExactly(
            new ClassCharts.SpeedupRow("rootsum", 4, 3.7, 3.9, 3));

        ClassSummaryPage.write(temp, new BatchSettings(7, List.of("rootsum"), true, 0, true), results,
            new SimilarityReport(List.of(), "not computed"));

        assertThat(temp.resolve("speedups.png")).isNotEmptyFile();
        assertThat(Files.readString(temp.resolve("summary.html"))).contains("<h2>Speedups on the large inputs</h2>",
            "<tr><td>rootsum</td><td>4</td><td>3.70</td><td>3.90</td><td>3</td></tr>",
            "the work is not spread over the ranks");
    }
}
