package org.mpjgrader.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mpjgrader.files.FileTrees;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.spec.ExercisePackage;
import org.mpjgrader.spec.ExerciseSpec;

/**
 * Proves a package right, as a problem package's {@code verifyproblem} does: its files are there, the reference
 * gets full marks at every rank count with two seeds, the untouched skeleton is {@code NOT_IMPLEMENTED}, and every
 * sample gets the verdict its folder names. Each finding is a {@link Row}, handed on as soon as it is known.
 */
public final class CourseVerification {
    /** The seeds the reference is graded with: two, so that a package whose draws depend on luck shows it. */
    public static final List<Long> REFERENCE_SEEDS = List.of(11L, 12L);
    /** The seed of the samples' hidden runs. */
    public static final long SAMPLE_SEED = 1;

    /**
     * One finding.
     *
     * @param what     {@code reference, seed 11}, {@code skeleton}, {@code accepted: hello-correct-alt}
     * @param detail   on a mismatch, the package's file and field (a sample of the package's {@code submissions/}:
     *                 its folder) and the first failed run's message
     */
    public record Row(String exercise, String what, String expected, String got, boolean ok, boolean notGraded,
                      String detail) {
    }

    private final Path courseRoot;
    private final SubmissionGrader grader;
    private final Consumer<Row> rows;

    public CourseVerification(Path courseRoot, SubmissionGrader grader, Consumer<Row> rows) {
        this.courseRoot = courseRoot;
        this.grader = grader;
        this.rows = rows;
    }

    /**
     * Every finding of these packages, each also handed to the consumer in the packages' order, with up to
     * {@code workers} submissions graded at once: a grading spends much of its time waiting (a deadlock going
     * quiet, a master-slave job's sleep, SLURM), which the next submission's runs use.
     */
    public List<Row> verify(List<ExercisePackage> exercises, int workers) {
        List<Supplier<Row>> checks = exercises.stream().flatMap(e -> checks(e).stream()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Row>> pending = checks.stream().map(check -> pool.submit(check::get)).toList();
            List<Row> found = new ArrayList<>();
            for (Future<Row> next : pending) {
                Row row = next.get();
                found.add(row);
                rows.accept(row);
            }
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while verifying the course", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One package's checks, in the order of its rows: its files, or its reference, skeleton and samples. */
    private List<Supplier<Row>> checks(ExercisePackage exercise) {
        List<String> missing = missingFiles(exercise);
        if (!missing.isEmpty()) {
            Row row = new Row(exercise.id(), "files", "present", "missing", false, false,
                exercise.file() + ": no such file or folder: " + String.join(", ", missing));
            return List.of(() -> row);
        }
        List<Supplier<Row>> checks = new ArrayList<>();
        for (long seed : REFERENCE_SEEDS) {
            checks.add(() -> reference(exercise, seed));
        }
        checks.add(() -> skeleton(exercise));
        for (Map.Entry<String, Verdict> folder : ExercisePackage.SAMPLE_FOLDERS.entrySet().stream()
            .sorted(Map.Entry.comparingByKey()).toList()) {
            for (String sample : exercise.samples().getOrDefault(folder.getValue(), List.of())) {
                checks.add(() -> sample(exercise, folder.getKey(), folder.getValue(), sample));
            }
        }
        return checks;
    }

    private List<String> missingFiles(ExercisePackage exercise) {
        List<String> paths = new ArrayList<>(List.of(exercise.spec().task(), exercise.skeleton(), exercise.reference()));
        exercise.samples().values().forEach(paths::addAll);
        paths.addAll(exercise.sampleFiles());
        return paths.stream().filter(p -> !Files.exists(courseRoot.resolve(p))).toList();
    }

    private Row reference(ExercisePackage exercise, long seed) {
        ExerciseResult result = grade(tree(exercise.reference()), exercise.spec(), seed, true);
        String got = result.verdict() + " " + points(result);
        boolean ok = result.verdict() == Verdict.PASS && result.score() == result.maxScore();
        return row(exercise, "reference, seed " + seed, "PASS, full marks", got, ok, result,
            exercise.file() + ": reference");
    }

    private Row skeleton(ExercisePackage exercise) {
        ExerciseResult result = grade(tree(exercise.skeleton()), exercise.spec(), 0, false);
        boolean ok = result.runs().stream().allMatch(r -> r.verdict() == Verdict.NOT_IMPLEMENTED);
        return row(exercise, "skeleton", Verdict.NOT_IMPLEMENTED.toString(), result.verdict().toString(), ok, result,
            exercise.file() + ": skeleton");
    }

    private Row sample(ExercisePackage exercise, String folder, Verdict expected, String sample) {
        ExerciseResult result;
        if (exercise.sampleFiles().isEmpty()) {
            result = grade(courseRoot.resolve(sample), exercise.spec(), SAMPLE_SEED, true);
        } else {
            Path submission = withSampleFiles(exercise, sample);
            try {
                result = grade(submission, exercise.spec(), SAMPLE_SEED, true);
            } finally {
                FileTrees.deleteTree(submission);
            }
        }
        String name = Path.of(sample).getFileName().toString();
        // A sample of the package's submissions/ is named by its folder; one elsewhere by the samples key naming it.
        Path own = courseRoot.resolve(sample).toAbsolutePath().normalize();
        String where = own.startsWith(exercise.submissions()) ? own.toString()
            : exercise.file() + ": samples." + folder + " " + sample;
        return row(exercise, folder + ": " + name, expected.toString(), result.verdict().toString(),
            result.verdict() == expected, result, where);
    }

    /** The sample's files and the package's {@code sample_files}, each at its path below {@code src/main/}. */
    private Path withSampleFiles(ExercisePackage exercise, String sample) {
        try {
            Path submission = Files.createTempDirectory("mpj-grader-sample-");
            FileTrees.copyTree(courseRoot.resolve(sample), submission);
            for (String file : exercise.sampleFiles()) {
                int at = file.indexOf("src/main/");
                Path target = submission.resolve(at < 0 ? Path.of(file).getFileName().toString() : file.substring(at));
                Files.createDirectories(target.getParent());
                Files.copy(courseRoot.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
            }
            return submission;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Row row(ExercisePackage exercise, String what, String expected, String got, boolean ok,
                    ExerciseResult result, String where) {
        boolean notGraded = result.runs().stream().anyMatch(r -> r.verdict() == Verdict.NOT_GRADED);
        String detail = ok ? "" : where + ": expected " + expected + ", got " + got
            + firstFailure(result).map(m -> "\n    " + m).orElse("");
        return new Row(exercise.id(), what, expected, got, ok, notGraded, detail);
    }

    private ExerciseResult grade(Path submission, ExerciseSpec spec, long seed, boolean hidden) {
        GradingResult result = grader.grade(submission, List.of(spec), seed, hidden, new GradingListener() { });
        return result.exercises().get(0);
    }

    /** A skeleton or reference is a file of a Maven layout: its tree (the folder above {@code src/main/}) is graded. */
    private Path tree(String file) {
        int at = file.indexOf("src/main/");
        return courseRoot.resolve(at <= 0 ? "." : file.substring(0, at));
    }

    private static String points(ExerciseResult result) {
        return String.format(Locale.ROOT, "%s/%s", number(result.score()), number(result.maxScore()));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * The first failed run's whole message, its lines indented under the row: a named matching's first line ends in
     * a colon, and only what follows says what went wrong.
     */
    private static Optional<String> firstFailure(ExerciseResult result) {
        return result.runs().stream().filter(r -> r.verdict().failed()).map(RunGrade::message)
            .filter(m -> m != null && !m.isBlank()).map(m -> String.join("\n    ", m.lines().toList())).findFirst();
    }
}
