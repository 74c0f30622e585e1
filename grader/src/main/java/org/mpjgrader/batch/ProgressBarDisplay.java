package org.mpjgrader.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.mpjgrader.result.GradingResult;

/** A progress bar on the console: students done of all, the ones being graded now, and the time left. */
public final class ProgressBarDisplay implements BatchProgress {
    private final PrintStream out;
    private final Set<String> current = new LinkedHashSet<>();
    private ProgressBar bar;

    public ProgressBarDisplay(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void batchStarted(int toGrade, int alreadyDone) {
        // The time left is estimated from this run's pace: students kept from an earlier run took no time.
        bar = new ProgressBarBuilder().setTaskName("grading").setInitialMax((long) toGrade + alreadyDone)
            .startsFrom(alreadyDone, Duration.ZERO).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
            .setConsumer(new ConsoleProgressBarConsumer(out)).showSpeed().build();
    }

    @Override
    public synchronized void studentStarted(String student) {
        current.add(student);
        bar.setExtraMessage(String.join(", ", current));
    }

    @Override
    public synchronized void studentFinished(String student, GradingResult result) {
        current.remove(student);
        bar.setExtraMessage(String.join(", ", current));
        bar.step();
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
