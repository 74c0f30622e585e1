package org.mpjgrader.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.mpjgrader.files.FileTrees;
import org.mpjgrader.grading.Grader;
import org.mpjgrader.grading.GradingListener;
import org.mpjgrader.grading.SubmissionGrader;
import org.mpjgrader.report.JsonReport;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.spec.ExerciseSpec;

/**
 * Grades the students of a class with a bounded pool of workers. Each student's reports go into the student's
 * folder, {@code result.json} last and atomically: a student is done when it is there, and a batch that is
 * killed and started again grades only the others (students whose grading was {@code NOT_GRADED}, a fault of
 * the grader or the machine, are graded again). A grader failure on one submission becomes that student's
 * {@code NOT_GRADED} result with the cause; the batch goes on.
 */
public final class BatchGrader {
    private final SubmissionGrader grader;
    private final List<ExerciseSpec> exercises;
    private final BatchSettings settings;
    private final BatchOutput output;
    private final Function<Path, List<GradingListener>> studentReports;
    private final Path scratch;
    private final Clock clock;

    /**
     * @param studentReports the reports to write into a student's folder, besides {@code result.json}
     * @param scratch        a folder for the students' temporary files
     */
    public BatchGrader(SubmissionGrader grader, List<ExerciseSpec> exercises, BatchSettings settings,
                       BatchOutput output, Function<Path, List<GradingListener>> studentReports, Path scratch,
                       Clock clock) {
        this.grader = grader;
        this.exercises = List.copyOf(exercises);
        this.settings = settings;
        this.output = output;
        this.studentReports = studentReports;
        this.scratch = scratch;
        this.clock = clock;
    }

    /** What a batch did: students graded now, kept from an earlier run, and not graded (grader or machine). */
    public record Outcome(int graded, int kept, int notGraded) {
    }

    /**
     * Grades the students not done yet (all of them when {@code regrade}), {@code workers} at a time.
     */
    public Outcome grade(List<StudentSubmission> students, int workers, boolean regrade, BatchProgress progress) {
        output.writeSettings(settings);
        List<StudentSubmission> todo = students.stream().filter(s -> regrade || !isComplete(s.student())).toList();
        progress.batchStarted(todo.size(), students.size() - todo.size());
        AtomicInteger notGraded = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers), daemonThreads());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (StudentSubmission student : todo) {
                running.add(pool.submit(() -> {
                    progress.studentStarted(student.student());
                    GradingResult result = gradeOne(student);
                    if (result.anyNotGraded()) {
                        notGraded.incrementAndGet();
                    }
                    progress.studentFinished(student.student(), result);
                }));
            }
            for (Future<?> future : running) {
                await(future);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(todo.size(), students.size() - todo.size(), notGraded.get());
    }

    /** Done, and graded: a {@code NOT_GRADED} result was the machine's fault and is tried again. */
    private boolean isComplete(String student) {
        return output.isDone(student) && !JsonReport.read(output.resultFile(student)).anyNotGraded();
    }

    GradingResult gradeOne(StudentSubmission student) {
        Path folder = output.studentFolder(student.student());
        Path work = null;
        try {
            FileTrees.deleteTree(folder); // what an interrupted grading left
            Files.createDirectories(folder);
            work = Files.createTempDirectory(Files.createDirectories(scratch), "student-");
            List<GradingListener> reports = new ArrayList<>(studentReports.apply(folder));
            reports.add(new JsonReport(output.resultFile(student.student()))); // last: it marks the student done
            GradingListener listener = GradingListener.all(reports);
            try {
                Path origin = student.kind() == StudentSubmission.Kind.BARE_GIT
                    ? GitExport.headOf(student.origin(), work) : student.origin();
                return grader.grade(origin, exercises, settings.seed(), settings.hidden(), listener);
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                return Grader.notGraded(student.student(), exercises, settings.seed(),
                    "the grader failed on this submission (not the student's fault): " + e, clock,
                    grader.environment(), listener);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the folder of " + student.student(), e);
        } finally {
            if (work != null) {
                FileTrees.deleteTree(work);
            }
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            // Only the batch's own failures get here (a student's become NOT_GRADED): a grader bug.
            throw new IllegalStateException("batch grading failed: " + e.getCause(), e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "batch-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
