package org.mpjgrader.runner;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the child JVM: runs MPJ Express programs of one submission in multicore mode, one run after
 * another, and reports everything on the {@link Channel}. Standard input brings the secret, then one run
 * request per line (see {@link RunnerArguments}); each run ends with a {@code BYE} event. The JVM halts at the
 * end of its input or after a run that left it unfit for another, so that threads a program leaves behind
 * cannot keep it alive; a JVM that ends without {@code BYE} was ended by the program ({@code System.exit},
 * {@code Runtime.halt}) or by a crash.
 */
public final class RankRunner {
    /** The exit status after a failure of the runner itself (EX_SOFTWARE of sysexits.h). */
    static final int EXIT_RUNNER_FAILED = 70;

    private final Channel channel;
    private final ClassBytes bytes = new ClassBytes();
    private volatile ProgramRun current;

    private RankRunner(Channel channel) {
        this.channel = channel;
    }

    public static void main(String[] args) throws Exception {
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String secret = requests.readLine();
        if (secret == null || secret.isBlank()) {
            System.err.println("RankRunner is started by the grader, which hands it a secret on standard input");
            System.exit(64);
        }
        // The programs see an empty standard input: the requests are the grader's business.
        System.setIn(new ByteArrayInputStream(new byte[0]));
        Channel channel = new Channel(new FileOutputStream(FileDescriptor.out), secret.strip());
        new RankRunner(channel).serveOrReport(requests);
    }

    /**
     * Serves the requests; a failure of the runner itself (a fault of the grader, not of the program) is reported
     * as {@code RUNNER_FAILED} with its stack trace, so that the grader does not take it for the program's ending.
     */
    private void serveOrReport(BufferedReader requests) {
        try {
            serve(requests);
        } catch (Throwable failure) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8)
                .print(trace);
            channel.send("RUNNER_FAILED", failure.toString());
            ProgramRun.endChildProcesses();
            Runtime.getRuntime().halt(EXIT_RUNNER_FAILED);
        }
    }

    private void serve(BufferedReader requests) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(this::reportExit, "grader-exit-report"));
        // The JDK sets user.timezone when the default time zone is first asked for: before the first run, not in it.
        java.util.TimeZone.getDefault();
        // Installed once, before any run: it watches what each run's program tries (see AttemptWatch).
        String unwatched = AttemptWatch.install();
        if (!unwatched.isEmpty()) {
            channel.send("UNWATCHED", unwatched);
        }
        channel.send("READY", ProcessHandle.current().pid());
        for (String line; (line = requests.readLine()) != null; ) {
            long received = System.nanoTime();
            ProgramRun run = new ProgramRun(RunnerArguments.parse(ChannelText.split(line)), channel, bytes);
            current = run;
            if (!run.run(received)) {
                break;
            }
        }
        Runtime.getRuntime().halt(0);
    }

    private void reportExit() {
        ProgramRun run = current;
        if (run == null) {
            ProgramRun.endChildProcesses();
        } else {
            run.reportExit();
        }
    }
}
