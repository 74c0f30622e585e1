import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mpjgrader.check.ParallelProfile;
import org.mpjgrader.compile.SourceCompiler;
import org.mpjgrader.launch.Launcher;
import org.mpjgrader.launch.MpjInstallation;
import org.mpjgrader.launch.RunLimits;
import org.mpjgrader.launch.RunRequest;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.launch.Sandbox;

/**
 * The reference solutions' speedups at 1, 2, 4 and 8 ranks on this machine, next to the workshop's own figures
 * (Python): wall-clock (median of interleaved runs, 1 rank and N ranks alternating) and modelled (all ranks' CPU
 * over the busiest rank's, which holds with fewer cores than ranks). Run with bench/speedup [ROUNDS].
 */
public class Speedup {
    private static final int[] RANKS = {1, 2, 4, 8};

    record Program(String name, String mainClass, String source, List<String> arguments, double[] workshop) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path root = Path.of(System.getProperty("course.root", "."));
        Path temp = Files.createTempDirectory("speedup-");
        MpjInstallation mpj = MpjInstallation.locate(System.getenv(), temp.resolve("cache"));
        Launcher launcher = new Launcher(mpj, Sandbox.detect(), temp.resolve("runs"));
        List<Program> programs = List.of(
            new Program("rootsum", "rootsum.RootSum", "rootsum/RootSum.java", List.of("2000000000"),
                new double[] {4.356, 2.195, 1.121, 0.571}),
            new Program("mandelbrot", "mandelbrot.Mandelbrot", "mandelbrot/Mandelbrot.java",
                List.of("1000", "1000", "-1.5", "0.5", "-1.0", "1.0", "1000"), new double[] {3.46, 1.80, 0.891, 0.487}));
        System.out.printf("machine: %d cores; medians of %d interleaved rounds%n", Runtime.getRuntime().availableProcessors(),
            rounds);
        for (Program program : programs) {
            Path classes = temp.resolve("classes-" + program.name());
            var compiled = new SourceCompiler(List.of(mpj.mpjJar()))
                .compile(List.of(root.resolve("solutions/src/main/java").resolve(program.source())), classes);
            if (!compiled.success()) {
                throw new IllegalStateException(compiled.errorText());
            }
            Map<Integer, List<Double>> wall = new TreeMap<>();
            Map<Integer, List<Double>> modelled = new TreeMap<>();
            Map<Integer, Long> workAtOne = new TreeMap<>();
            for (int round = 0; round < rounds; round++) {
                for (int np : RANKS) {
                    RunResult result = launcher.run(new RunRequest(classes, program.mainClass(), np,
                        program.arguments(), RunLimits.DEFAULT.withWallTime(Duration.ofSeconds(120))));
                    if (!result.allRanksFinished()) {
                        throw new IllegalStateException(program.name() + " at " + np + ": " + result.ending());
                    }
                    ParallelProfile profile = ParallelProfile.of(result);
                    wall.computeIfAbsent(np, n -> new ArrayList<>()).add(result.programWall().toNanos() / 1e9);
                    // RANKS starts at 1: the work at 1 rank that the modelled speedups are reckoned from.
                    workAtOne.putIfAbsent(round, profile.totalWork());
                    modelled.computeIfAbsent(np, n -> new ArrayList<>())
                        .add(profile.modelledSpeedup(workAtOne.get(round)));
                }
            }
            System.out.printf("%n%s %s%n", program.name(), String.join(" ", program.arguments()));
            System.out.printf("%-6s %10s %10s %10s   %14s %10s%n", "ranks", "wall (s)", "wall sp.", "modelled",
                "workshop (s)", "wshop sp.");
            double one = median(wall.get(1));
            for (int i = 0; i < RANKS.length; i++) {
                int np = RANKS[i];
                double w = median(wall.get(np));
                System.out.printf("%-6d %10.3f %10.2f %10.2f   %14.3f %10.2f%n", np, w, one / w,
                    median(modelled.get(np)), program.workshop()[i], program.workshop()[0] / program.workshop()[i]);
            }
        }
        System.out.println("\nwall sp. = wall time at 1 rank / at N ranks (capped by the cores); modelled = all ranks'"
            + " CPU / the busiest rank's CPU (what N cores would give)");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
