import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mpjgrader.compile.SourceCompiler;
import org.mpjgrader.launch.Launcher;
import org.mpjgrader.launch.Sandbox;
import org.mpjgrader.launch.MpjInstallation;
import org.mpjgrader.launch.RunLimits;
import org.mpjgrader.launch.RunRequest;
import org.mpjgrader.launch.RunResult;

/**
 * The cost of one graded run next to a bare run of MPJ Express's own MulticoreStarter, measured side by side
 * (interleaved) in one process: hello world at 1 and 4 ranks. Run with bench/launch-overhead.
 */
public class LaunchOverhead {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path root = Path.of(System.getProperty("course.root", "."));
        Path temp = Files.createTempDirectory("launch-overhead-");
        MpjInstallation mpj = MpjInstallation.locate(System.getenv(), temp.resolve("cache"));
        Path classes = temp.resolve("classes");
        var compiled = new SourceCompiler(List.of(mpj.mpjJar()))
            .compile(List.of(root.resolve("solutions/src/main/java/hello/HelloWorld.java")), classes);
        if (!compiled.success()) {
            throw new IllegalStateException(compiled.errorText());
        }
        Launcher launcher = new Launcher(mpj, Sandbox.detect(), temp.resolve("runs"));
        List<String> stockClassPath = new ArrayList<>();
        mpj.childClassPath().forEach(p -> stockClassPath.add(p.toString()));
        stockClassPath.add(mpj.home().resolve("lib/starter.jar").toString());
        System.out.printf("%-6s %12s %12s %12s %8s%n", "ranks", "bare (s)", "graded (s)", "program (s)", "ratio");
        for (int np : new int[] {1, 4}) {
            List<Double> bare = new ArrayList<>();
            List<Double> graded = new ArrayList<>();
            List<Double> program = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                bare.add(bareRun(mpj, stockClassPath, classes, np));
                RunResult result = launcher.run(new RunRequest(classes, "hello.HelloWorld", np, List.of(),
                    RunLimits.DEFAULT));
                if (!result.allRanksFinished()) {
                    throw new IllegalStateException("graded run did not finish: " + result.ending());
                }
                graded.add(result.wall().toNanos() / 1e9);
                program.add(result.programWall().toNanos() / 1e9);
            }
            double b = median(bare);
            double g = median(graded);
            System.out.printf("%-6d %12.3f %12.3f %12.3f %8.2f%n", np, b, g, median(program), g / b);
        }
        System.out.println("medians of " + rounds + " interleaved runs; graded = the launcher's whole run (child JVM,"
            + " runner, channel, process-group kill); program = the ranks' own time inside it");
    }

    private static double bareRun(MpjInstallation mpj, List<String> cp, Path classes, int np) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("java", "-cp", String.join(":", cp), "runtime.starter.MulticoreStarter",
            classes.toString(), Integer.toString(np), "smpdev", "useLocalLoader", "EMPTY", "hello.HelloWorld")
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("MPJ_HOME", mpj.home().toString());
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("bare run hung");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
