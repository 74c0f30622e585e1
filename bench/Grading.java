import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.mpjgrader.cli.Main;
import org.mpjgrader.compile.SourceCompiler;
import org.mpjgrader.files.FileTrees;
import org.mpjgrader.grading.GradingListener;
import org.mpjgrader.grading.GradingPlan;
import org.mpjgrader.grading.GradingSession;
import org.mpjgrader.grading.SubmissionGrader;
import org.mpjgrader.launch.Launcher;
import org.mpjgrader.launch.MpjInstallation;
import org.mpjgrader.launch.RunPool;
import org.mpjgrader.launch.RunRequest;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.launch.Sandbox;
import org.mpjgrader.report.FeedbackMarkdown;
import org.mpjgrader.report.JsonReport;
import org.mpjgrader.report.JunitXmlReport;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.Measurement;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Visibility;
import org.mpjgrader.spec.Course;
import org.mpjgrader.spec.ExerciseSpec;

/**
 * The grader's cost against the stock way, from one run on one machine (bench/grading):
 * <ol>
 * <li>one submission (the reference solutions) graded by the grader and, interleaved round by round, the stock way:
 * {@code javac} per exercise and MPJ Express's own launcher ({@code java -jar starter.jar -np N -dev multicore})
 * for every run the grader made, with the same arguments; where the time goes; peak memory;</li>
 * <li>what exploring the matchings of wildcard receives adds to a grading of the solutions, with and without in
 * turns ({@code --exploration-only}: this alone);</li>
 * <li>what counting the work costs: every run with the program's classes woven and as compiled, in turns;</li>
 * <li>batch throughput: a class of copies of the solutions graded with 1, 2 and 4 workers.</li>
 * </ol>
 * The hpc exercise (a SLURM script, no program of its own) is left out of the comparison on both sides.
 */
public class Grading {
    private static final PrintStream OUT = System.out;

    public static void main(String[] args) throws Exception {
        int rounds = intOption(args, "--rounds", 3);
        int students = intOption(args, "--students", 8);
        List<Integer> workers = listOption(args, "--workers", List.of(1, 2, 4));
        Path root = Path.of(System.getProperty("course.root", ".")).toAbsolutePath();
        Path temp = Files.createTempDirectory("bench-grading-");
        try (PeakRss children = PeakRss.watching("org.mpjgrader.runner.RankRunner")) {
            if (List.of(args).contains("--exploration-only")) {
                exploration(root, temp, rounds);
                return;
            }
            GradingResult graded = oneSubmission(root, temp, rounds, children);
            exploration(root, temp, rounds);
            instrumentation(root, temp, rounds, graded);
            throughput(root, temp, students, workers);
        } finally {
            FileTrees.deleteTree(temp);
        }
    }

    // ---- one submission, grader and stock way side by side ----

    private static GradingResult oneSubmission(Path root, Path temp, int rounds, PeakRss children) throws Exception {
        List<ExerciseSpec> exercises = Course.standard().exercises().stream()
            .filter(e -> !e.id().equals("hpc")).toList();
        Path submission = root.resolve("solutions/src/main/java");
        MpjInstallation mpj = MpjInstallation.locate(System.getenv(), temp.resolve("cache"));
        Path stockHome = StockWay.prepareMpjHome(temp.resolve("stock-mpj"));
        List<Graded> graded = new ArrayList<>();
        List<Double> concurrent = new ArrayList<>();
        List<Double> concurrentCpu = new ArrayList<>();
        List<Double> stock = new ArrayList<>();
        int cores = Runtime.getRuntime().availableProcessors();
        int concurrentRuns = Integer.getInteger("runs", cores + 1);
        double cold;
        GradingSession session = new GradingSession(root, Clock.systemUTC(), "bench");
        try (SubmissionGrader oneAtATime = session.open(temp.resolve("g1"));
             SubmissionGrader asGradeDoes = session.open(temp.resolve("g2"), concurrentRuns)) {
            cold = grade(asGradeDoes, submission, exercises, temp.resolve("cold")).wall;
            grade(oneAtATime, submission, exercises, temp.resolve("warm-up"));
            for (int round = 0; round < rounds; round++) {
                Graded g = grade(oneAtATime, submission, exercises, temp.resolve("round-" + round));
                graded.add(g);
                double busyBefore = MachineCpu.seconds();
                concurrent.add(grade(asGradeDoes, submission, exercises, temp.resolve("concurrent-" + round)).wall);
                concurrentCpu.add(MachineCpu.seconds() - busyBefore);
                stock.add(new StockWay(stockHome, mpj.mpjJar(), temp.resolve("stock-" + round))
                    .grade(submission, exercises, g.result));
            }
        }
        double compile = median(timesOf(rounds, () -> compileOnce(mpj, submission, temp.resolve("compile"))));
        Graded mid = graded.get(graded.size() / 2);
        List<RunGrade> runs = mid.result.exercises().stream().flatMap(e -> e.runs().stream()).toList();
        List<Double> overheads = runs.stream().map(r -> seconds(r.wall()) - m(r, Measurement.PROGRAM_SECONDS)).toList();
        double programs = runs.stream().mapToDouble(r -> m(r, Measurement.PROGRAM_SECONDS)).sum();
        double runWalls = runs.stream().mapToDouble(r -> seconds(r.wall())).sum();
        double graderWall = median(graded.stream().map(g -> g.wall).toList());
        double concurrentWall = median(concurrent);
        double stockWall = median(stock);

        OUT.printf(Locale.ROOT, "One submission: the reference solutions, %d runs of %d exercises (hpc aside), "
            + "medians of %d interleaved rounds, %d cores%n%n", runs.size(), exercises.size(), rounds, cores);
        row("grader as `grade` runs it (" + concurrentRuns + " runs at once)", concurrentWall);
        // On a busy machine the wall time is the CPU time over the cores: what a shared runner's capacity is made of.
        OUT.printf(Locale.ROOT, "  %-46s %9.2f s, the cores %.0f %% busy%n", "  its CPU time (all processes, /proc/stat)",
            median(concurrentCpu), 100 * median(concurrentCpu) / (cores * concurrentWall));
        row("grader, one run at a time", graderWall);
        row("grader, first grading (references run too)", cold);
        row("stock way (javac + starter.jar per run)", stockWall);
        OUT.printf(Locale.ROOT, "  %-46s %9.1fx%n", "stock / grader", stockWall / concurrentWall);
        OUT.printf(Locale.ROOT, "  %-46s %9.1fx%n%n", "stock / grader, one run at a time", stockWall / graderWall);
        OUT.printf(Locale.ROOT, "  Where the time goes, one run at a time:%n");
        row("programs' own time (ranks' start to end, summed)", programs);
        row("grader's time beyond it, per submission", graderWall - programs);
        row("  compile (all exercises, in process, once)", compile);
        row("  JVM start (warm JVMs: a few per submission)", sum(runs, Measurement.JVM_START_SECONDS));
        row("  run set-up (MPJ devices, rank loaders)", sum(runs, Measurement.RUN_SETUP_SECONDS));
        row("  channel, process and files around the runs", runWalls - programs
            - sum(runs, Measurement.JVM_START_SECONDS) - sum(runs, Measurement.RUN_SETUP_SECONDS));
        row("  checks", sum(runs, Measurement.CHECK_SECONDS));
        row("  runs under other matchings (docs/matching.md)", sum(runs, Measurement.EXPLORED_SECONDS));
        row("  reports (JSON, JUnit XML, feedback)", mid.reportSeconds);
        row("  rest (loading, planning, workspace)", graderWall - runWalls - compile - mid.reportSeconds
            - sum(runs, Measurement.CHECK_SECONDS) - sum(runs, Measurement.EXPLORED_SECONDS));
        OUT.printf(Locale.ROOT, "  %-46s %9.3f s median, %.3f s max%n", "grader's time beyond the program, per run",
            median(overheads), Collections.max(overheads));
        OUT.printf(Locale.ROOT, "  %-46s %9.0f MB%n", "peak memory of the grader (this JVM)", PeakRss.self() / 1e6);
        OUT.printf(Locale.ROOT, "  %-46s %9.0f MB%n%n", "peak memory of a child JVM", children.peak() / 1e6);
        return mid.result;
    }

    // ---- what exploring the matchings of wildcard receives costs ----

    /**
     * The reference solutions graded as {@code grade} does, with and without the runs under other matchings of their
     * wildcard receives (docs/matching.md), in turns (the order swapped every round, so that a drift of the machine's
     * load falls on both), R rounds after a grading of each that runs the references: the extra wall time.
     */
    private static void exploration(Path root, Path temp, int rounds) {
        List<ExerciseSpec> exercises = Course.standard().exercises().stream()
            .filter(e -> !e.id().equals("hpc")).toList();
        Path submission = root.resolve("solutions/src/main/java");
        int concurrentRuns = Integer.getInteger("runs", Runtime.getRuntime().availableProcessors() + 1);
        GradingSession session = new GradingSession(root, Clock.systemUTC(), "bench");
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        GradingResult explored;
        try (SubmissionGrader exploring = session.open(temp.resolve("x1"), concurrentRuns);
             SubmissionGrader not = session.withoutMatchingExploration().open(temp.resolve("x2"), concurrentRuns)) {
            explored = grade(exploring, submission, exercises, temp.resolve("x-cold")).result;
            grade(not, submission, exercises, temp.resolve("x-cold-without"));
            for (int round = 0; round < rounds; round++) {
                boolean withFirst = round % 2 == 1;
                if (withFirst) {
                    with.add(grade(exploring, submission, exercises, temp.resolve("x-with-" + round)).wall);
                }
                without.add(grade(not, submission, exercises, temp.resolve("x-without-" + round)).wall);
                if (!withFirst) {
                    with.add(grade(exploring, submission, exercises, temp.resolve("x-with-" + round)).wall);
                }
            }
        }
        List<RunGrade> runs = explored.exercises().stream().flatMap(e -> e.runs().stream()).toList();
        List<RunGrade> raced = runs.stream().filter(r -> m(r, Measurement.MATCHINGS_EXPLORED) > 0).toList();
        double withWall = median(with);
        double withoutWall = median(without);
        OUT.printf(Locale.ROOT, "Matching exploration: the reference solutions (hpc aside) graded as `grade` does "
            + "(%d runs at once), with and without, medians of %d rounds in turns, %d cores, load %s%n%n", concurrentRuns,
            rounds, Runtime.getRuntime().availableProcessors(), loadAverage());
        // A run explored counts its own run among its schedules: the run itself goes under the first.
        OUT.printf(Locale.ROOT, "  %-46s %9d of %d, %d runs more%n", "runs explored", raced.size(), runs.size(),
            (long) sum(raced, Measurement.MATCHINGS_EXPLORED) - raced.size());
        row("without exploration", withoutWall);
        row("with exploration", withWall);
        OUT.printf(Locale.ROOT, "  %-46s %9.0f %% (rounds: with %s, without %s)%n%n", "extra time of exploration",
            100 * (withWall - withoutWall) / withoutWall, rounded(with), rounded(without));
    }

    private static String rounded(List<Double> walls) {
        return String.join(" ", walls.stream().map(w -> String.format(Locale.ROOT, "%.1f", w)).toList());
    }

    /** The machine's load averages (1, 5, 15 minutes), where Linux tells them: a busy machine makes them noisy. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    // ---- what counting the work costs ----

    /**
     * Every run of the grading, made with the program's classes woven to count their work and as compiled, in turns
     * in warm JVMs, R rounds: per program, the median and the largest ratio of the program's own time.
     */
    private static void instrumentation(Path root, Path temp, int rounds, GradingResult graded) {
        MpjInstallation mpj = MpjInstallation.locate(System.getenv(), temp.resolve("cache"));
        Path classes = temp.resolve("instrumented-classes");
        compileOnce(mpj, root.resolve("solutions/src/main/java"), classes);
        Launcher launcher = new Launcher(mpj, Sandbox.detect(), temp.resolve("instrumented-runs"));
        OUT.printf(Locale.ROOT, "Counting the work: each run of the grading with the program's classes woven and as "
            + "compiled, in turns, %d rounds, warm JVMs (program's own time, counted / not counted)%n%n", rounds);
        OUT.printf(Locale.ROOT, "  %-20s %5s %10s %10s %12s %12s%n", "program", "runs", "median", "max",
            "counted (s)", "plain (s)");
        List<Double> all = new ArrayList<>();
        double countedTotal = 0;
        double plainTotal = 0;
        try (RunPool pool = launcher.pool()) {
            for (ExerciseResult exercise : graded.exercises()) {
                ExerciseSpec spec = Course.standard().find(exercise.id()).orElseThrow();
                List<Double> ratios = new ArrayList<>();
                double counted = 0;
                double plain = 0;
                for (RunGrade run : exercise.runs()) {
                    if (run.visibility() == Visibility.WALL) {
                        continue;
                    }
                    RunRequest request = spec.request(classes, run.np(), run.arguments());
                    List<Double> on = new ArrayList<>();
                    List<Double> off = new ArrayList<>();
                    for (int round = 0; round < rounds; round++) {
                        boolean countedFirst = round % 2 == 0;
                        double first = programSeconds(pool, countedFirst ? request : request.withoutWorkCount());
                        double second = programSeconds(pool, countedFirst ? request.withoutWorkCount() : request);
                        on.add(countedFirst ? first : second);
                        off.add(countedFirst ? second : first);
                    }
                    ratios.add(median(on) / median(off));
                    counted += median(on);
                    plain += median(off);
                }
                all.addAll(ratios);
                countedTotal += counted;
                plainTotal += plain;
                OUT.printf(Locale.ROOT, "  %-20s %5d %9.2fx %9.2fx %12.3f %12.3f%n", exercise.id(), ratios.size(),
                    median(ratios), Collections.max(ratios), counted, plain);
            }
        }
        OUT.printf(Locale.ROOT, "  %-20s %5d %9.2fx %9.2fx %12.3f %12.3f%n%n", "all runs", all.size(), median(all),
            Collections.max(all), countedTotal, plainTotal);
    }

    private static double programSeconds(RunPool pool, RunRequest request) {
        RunResult result = pool.run(request);
        if (!result.allRanksFinished()) {
            throw new IllegalStateException(request.mainClass() + " at " + request.np() + " did not finish: "
                + result.ending());
        }
        return seconds(result.programWall());
    }

    private record Graded(GradingResult result, double wall, double reportSeconds) {
    }

    private static Graded grade(SubmissionGrader grader, Path submission, List<ExerciseSpec> exercises, Path out) {
        TimedListener reports = new TimedListener(GradingListener.all(List.of(new JsonReport(out.resolve("result.json")),
            new JunitXmlReport(out.resolve("junit")), new FeedbackMarkdown(out.resolve("feedback.md")))));
        long start = System.nanoTime();
        GradingResult result = grader.grade(submission, exercises, 1, true, reports);
        double wall = (System.nanoTime() - start) / 1e9;
        if (!result.allPassed()) {
            throw new IllegalStateException("the reference solutions did not pass: " + result.score() + " of "
                + result.maxScore() + "\n" + String.join("\n", result.exercises().stream()
                .flatMap(e -> e.runs().stream()).filter(r -> r.points() < r.maxPoints()).map(RunGrade::message).toList()));
        }
        return new Graded(result, wall, reports.nanos.get() / 1e9);
    }

    /** A listener that times the listeners it wraps (the reports), so that their cost can be told apart. */
    private static final class TimedListener implements GradingListener {
        private final GradingListener inner;
        private final AtomicLong nanos = new AtomicLong();

        TimedListener(GradingListener inner) {
            this.inner = inner;
        }

        private void timed(Runnable call) {
            long start = System.nanoTime();
            call.run();
            nanos.addAndGet(System.nanoTime() - start);
        }

        @Override
        public void gradingStarted(GradingPlan plan) {
            timed(() -> inner.gradingStarted(plan));
        }

        @Override
        public void runFinished(RunGrade grade) {
            timed(() -> inner.runFinished(grade));
        }

        @Override
        public void exerciseFinished(ExerciseResult result) {
            timed(() -> inner.exerciseFinished(result));
        }

        @Override
        public void gradingFinished(GradingResult result) {
            timed(() -> inner.gradingFinished(result));
        }
    }

    private static void compileOnce(MpjInstallation mpj, Path sources, Path out) {
        FileTrees.deleteTree(out);
        try (Stream<Path> files = Files.walk(sources)) {
            new SourceCompiler(List.of(mpj.mpjJar())).compile(files.filter(p -> p.toString().endsWith(".java")).toList(), out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- batch throughput ----

    private static void throughput(Path root, Path temp, int students, List<Integer> workers) throws Exception {
        Path cohort = temp.resolve("class");
        for (int i = 1; i <= students; i++) {
            FileTrees.copyTree(root.resolve("solutions/src/main/java"), cohort.resolve(String.format("student%02d", i)));
        }
        OUT.printf(Locale.ROOT, "Batch: %d copies of the reference solutions, the whole course (hpc included), "
            + "references run once per batch, %d cores%n%n", students, Runtime.getRuntime().availableProcessors());
        OUT.printf(Locale.ROOT, "  %-8s %10s %14s %20s%n", "workers", "wall (s)", "s/submission", "submissions/hour");
        for (int w : workers) {
            Path out = temp.resolve("batch-" + w);
            long start = System.nanoTime();
            int status = Main.run(new String[] {"batch", cohort.toString(), "-o", out.toString(), "--workers",
                Integer.toString(w), "--seed", "1", "--no-similarity"}, new PrintStream(PrintStream.nullOutputStream()),
                new PrintStream(PrintStream.nullOutputStream()));
            double wall = (System.nanoTime() - start) / 1e9;
            if (status != 0) {
                throw new IllegalStateException("batch with " + w + " workers exited " + status);
            }
            OUT.printf(Locale.ROOT, "  %-8d %10.1f %14.2f %20.0f%n", w, wall, wall / students, students * 3600 / wall);
        }
    }

    // ---- small things ----

    private static double m(RunGrade run, String name) {
        return run.measurements().getOrDefault(name, 0.0);
    }

    private static double sum(List<RunGrade> runs, String name) {
        return runs.stream().mapToDouble(r -> m(r, name)).sum();
    }

    private static double seconds(java.time.Duration d) {
        return d.toNanos() / 1e9;
    }

    private static void row(String what, double seconds) {
        OUT.printf(Locale.ROOT, "  %-46s %9.2f s%n", what, seconds);
    }

    private static List<Double> timesOf(int n, Runnable body) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            body.run();
            times.add((System.nanoTime() - start) / 1e9);
        }
        return times;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private static List<Integer> listOption(String[] args, String name, List<Integer> fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Stream.of(args[i + 1].split(",")).map(Integer::parseInt).toList();
            }
        }
        return fallback;
    }

    /** The stock way: {@code javac} per exercise, then MPJ Express's own launcher for each run, one after another. */
    static final class StockWay {
        private final Path mpjHome;
        private final Path mpjJar;
        private final Path work;

        StockWay(Path mpjHome, Path mpjJar, Path work) {
            this.mpjHome = mpjHome;
            this.mpjJar = mpjJar;
            this.work = work;
        }

        /**
         * An MPJ_HOME in which the stock launcher works on Debian: every jar of /usr/share/mpj/lib copied (links do
         * not do), log4j beside them, /etc/mpj as conf (see docs/mpj-express.md). An upstream MPJ_HOME is
         * used as it is.
         */
        static Path prepareMpjHome(Path home) throws IOException {
            String given = System.getenv("MPJ_HOME");
            if (given != null && Files.isRegularFile(Path.of(given, "lib/starter.jar"))
                && !Path.of(given).toRealPath().startsWith("/usr/share/mpj")) {
                return Path.of(given);
            }
            Files.createDirectories(home.resolve("lib"));
            try (Stream<Path> jars = Files.list(Path.of("/usr/share/mpj/lib"))) {
                for (Path jar : jars.toList()) {
                    Files.copy(jar.toRealPath(), home.resolve("lib").resolve(jar.getFileName()));
                }
            }
            Files.copy(Path.of("/usr/share/java/log4j-1.2.jar").toRealPath(), home.resolve("lib/log4j-1.2.jar"));
            FileTrees.copyTree(Path.of("/etc/mpj"), home.resolve("conf"));
            return home;
        }

        /** Compiles each exercise and runs every run of {@code plan} (the grader's) as a course would by hand. */
        double grade(Path sources, List<ExerciseSpec> exercises, GradingResult plan) throws Exception {
            long start = System.nanoTime();
            for (ExerciseSpec exercise : exercises) {
                Path classes = work.resolve(exercise.id());
                Files.createDirectories(classes);
                List<String> javac = new ArrayList<>(List.of("javac", "-cp", mpjJar.toString(), "-d", classes.toString()));
                try (Stream<Path> files = Files.list(sources.resolve(exercise.packageName()))) {
                    files.filter(p -> p.toString().endsWith(".java")).forEach(p -> javac.add(p.toString()));
                }
                run(javac, work);
                ExerciseResult graded = plan.exercises().stream().filter(e -> e.id().equals(exercise.id()))
                    .findFirst().orElseThrow();
                for (RunGrade r : graded.runs()) {
                    List<String> command = new ArrayList<>(List.of("java", "-jar",
                        mpjHome.resolve("lib/starter.jar").toString(), "-np", Integer.toString(r.np()), "-dev",
                        "multicore", "-wdir", classes.toString(), "-cp", classes.toString(), exercise.mainClass()));
                    command.addAll(r.arguments());
                    run(command, classes);
                }
            }
            return (System.nanoTime() - start) / 1e9;
        }

        private void run(List<String> command, Path dir) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("MPJ_HOME", mpjHome.toString());
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("stock run hung: " + String.join(" ", command));
            }
        }
    }

    /** The CPU time the whole machine spent, from /proc/stat (Linux): the grader's and its child JVMs' alike. */
    static final class MachineCpu {
        private static final double TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux's usual builds

        static double seconds() {
            try {
                String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = 0;
                for (int i : new int[] {1, 2, 3, 6, 7}) { // user, nice, system, irq, softirq
                    busy += Long.parseLong(fields[i]);
                }
                return busy / TICKS_PER_SECOND;
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
        }
    }

    /** Peak resident memory: of this JVM (VmHWM), and of the processes matching a word, sampled every 20 ms. */
    static final class PeakRss implements AutoCloseable {
        private final String word;
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;
        private volatile boolean stop;

        private PeakRss(String word) {
            this.word = word;
            this.sampler = new Thread(this::sample, "peak-rss");
            sampler.setDaemon(true);
        }

        static PeakRss watching(String word) {
            PeakRss p = new PeakRss(word);
            p.sampler.start();
            return p;
        }

        long peak() {
            return peak.get();
        }

        static long self() {
            return statusField(Path.of("/proc/self/status"), "VmHWM:");
        }

        private void sample() {
            while (!stop) {
                try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                    procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                        try {
                            String cmd = new String(Files.readAllBytes(p.resolve("cmdline")));
                            if (cmd.contains(word) && !cmd.contains("bwrap")) {
                                peak.accumulateAndGet(statusField(p.resolve("status"), "VmRSS:"), Math::max);
                            }
                        } catch (IOException e) {
                            // gone meanwhile
                        }
                    });
                    Thread.sleep(20);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        }

        private static long statusField(Path status, String field) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith(field)) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return 0;
            }
            return 0;
        }

        @Override
        public void close() {
            stop = true;
        }
    }
}
