package org.mpjgrader.spec;

import course.checks.MandelbrotCheck;
import course.checks.MasterSlaveCheck;
import course.checks.MatMulCheck;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mpjgrader.check.CallRule;
import org.mpjgrader.check.ContractArguments;
import org.mpjgrader.check.JobProgram;
import org.mpjgrader.check.SlurmScriptCheck;
import org.mpjgrader.check.TaughtCalls;
import org.mpjgrader.check.lines.ComputedText;
import org.mpjgrader.check.lines.Expression;
import org.mpjgrader.check.lines.ExpressionParser;
import org.mpjgrader.check.lines.ForEach;
import org.mpjgrader.check.lines.LinePattern;
import org.mpjgrader.check.lines.LineRule;
import org.mpjgrader.check.lines.LineWords;
import org.mpjgrader.check.lines.LinesCheck;
import org.mpjgrader.check.lines.LoosePattern;
import org.mpjgrader.check.lines.MessageTemplate;
import org.mpjgrader.check.lines.NumberRule;
import org.mpjgrader.check.lines.Tolerance;
import org.mpjgrader.launch.RunLimits;

/**
 * The course as it was written in Java before it became packages (course/<id>/exercise.yaml), kept to prove that
 * the packages declare the same exercises and draw the same hidden inputs.
 */
final class JavaCourse {
    private static final List<Integer> ONE_TO_FOUR = List.of(1, 2, 3, 4);
    /**
     * The runs on a large input: at 4 ranks and at 8, more than a grading machine's cores. The modelled speedup
     * comes from each rank's CPU time, so it needs no idle core per rank.
     */
    /** The parallel runs' rank counts: 1 first, whose work the others' modelled speedups are reckoned from. */
    private static final List<Integer> PARALLEL_RANKS = List.of(1, 2, 4, 8);
    /**
     * The work clock counts instructions, not seconds, so a parallel input needs no long runs: large enough that
     * the split loop dwarfs the rest of the program, small enough to cost a grading little.
     */
    private static final String ROOTSUM_PARALLEL = "4000000";
    /** 240 x 240 pixels of 1000 iterations. */
    private static final String MANDELBROT_PARALLEL = "240";
    /**
     * The matrices up to 4 ranks, the contract's largest count for them: at 8, eight full-size copies of C in
     * MPJ Express's Reduce would take the heap.
     */
    private static final List<Integer> MATRIX_PARALLEL_RANKS = List.of(1, 2, 4);
    /** A seeded 240 x 200 times 200 x 160 product. */
    private static final List<String> MATRIX_PARALLEL = List.of("240", "200", "160", "11");
    /** The master hands out work and does none: at least 2 ranks; its jobs sleep, so 8 ranks fit on 2 cores. */
    private static final List<Integer> MASTER_SLAVE_RANKS = List.of(2, 3, 4, 8);
    private static final RunLimits LIMITS = RunLimits.DEFAULT;
    /** A batch job: a shell, a JVM and 1000x1000 pixels on 8 ranks, on 2 cores when need be. */
    private static final RunLimits JOB_LIMITS = RunLimits.DEFAULT.withWallTime(Duration.ofSeconds(30));
    /** The task's image, which a job is graded on (any other the reference can compute is fine too). */
    private static final List<String> JOB_ARGUMENTS = List.of("1000", "1000", "-1.5", "0.5", "-1.0", "1.0", "1000");

    private JavaCourse() {
    }

    /**
     * Lesson 07's check, once a class of its own (HelloCheck), in its words: the lines kind says them since, from
     * the package's settings.
     */
    private static LinesCheck hello() {
        LinePattern pattern = LinePattern.of("Hello World from rank {rank} of a total of {size} processes");
        Set<String> names = Set.of("rank", "ranks");
        NumberRule rank = NumberRule.computed("rank", ExpressionParser.parse("rank", names), Tolerance.EXACT,
            "use the rank MPI.COMM_WORLD.Rank() returns").withWrong(new MessageTemplate("greets as rank {actual}"));
        NumberRule size = NumberRule.computed("size", ExpressionParser.parse("ranks", names), Tolerance.EXACT,
            "use the size MPI.COMM_WORLD.Size() returns")
            .withWrong(new MessageTemplate("reports {actual} processes, but the run has {expected}"));
        LineWords words = new LineWords("one greeting per rank",
            "every rank R prints \"Hello World from rank R of a total of N processes\"", "greeting", "greetings",
            "hello", List.of(), new LineWords.Repeated(new MessageTemplate("greeted {count} times"),
                "each rank greets once, for itself", true), LineWords.OtherRanks.defaults(pattern));
        return new LinesCheck(List.of(new LineRule(pattern, true, List.of(rank, size), "", words)),
            ContractArguments.NONE);
    }

    /**
     * Lesson 08's check, once a class of its own (P2pCheck), in its words: rank 0's line for each process 1 ..
     * N-1, in order, which the lines kind says since, from the package's settings.
     */
    private static LinesCheck p2p() {
        Set<String> names = Set.of("rank", "ranks", "process");
        LinePattern pattern = LinePattern.of("Received from process {process} : sq = {sq}", Set.of("process", "sq"));
        NumberRule sq = NumberRule.computed("sq", ExpressionParser.parse("process * process", names),
                Tolerance.EXACT, "rank R sends R * R")
            .withWrong(new MessageTemplate("received the wrong value from process {process}"))
            .withMistakes(List.of(new NumberRule.Mistake(ExpressionParser.parse("xor(process, 2)", names),
                "R ^ 2 is exclusive or in Java, not a power: the square is R * R")));
        ForEach each = new ForEach("process", ExpressionParser.parse("1", names),
            ExpressionParser.parse("ranks - 1", names), "processes",
            new ForEach.Outside(new MessageTemplate("printed a line for process {process}, but the run has ranks 0 to "
                + "{to}"), new MessageTemplate("printed a line for process {process}, but the run has rank 0 alone"),
                "receive from sources 1 to size-1, with the size MPI.COMM_WORLD.Size() returns"),
            new ForEach.Missing("", "receive from every source 1 to size-1 (a loop to size - 1 stops one short)"),
            new ForEach.Order(true, "receive from each rank in turn, source R, not ANY_SOURCE (or keep the values and "
                + "print them in rank order at the end)"));
        LineWords words = new LineWords("rank 0's lines in rank order",
            "rank 0 prints \"Received from process R : sq = S\" for R = 1 .. N-1", "line", "lines", "received",
            List.of(LoosePattern.of("received\\s+from\\s+(?:process|rank)?\\s*#?\\s*(?<process>-?\\d+)"),
                LoosePattern.of("\\bsq\\s*[=:]")),
            new LineWords.Repeated(new MessageTemplate("printed process {process}'s line {count} times"),
                "one line for each rank, once", false),
            new LineWords.OtherRanks("printed a line of its own",
                "only rank 0 prints, one line for each value it receives"));
        return new LinesCheck(List.of(new LineRule(pattern, false, List.of(sq), "print exactly \"Received from "
            + "process R : sq = S\", with a space either side of ':' and of '='", words, each)), ContractArguments.NONE);
    }

    /**
     * Lesson 09's check, once a class of its own (RootSumCheck), in its words: rank 0's total and every rank's
     * partial sum of the cyclic split, each the reference's within a relative 1e-9, the terms a total lacks named
     * where they can be, and a split that adds up to the total told it is not the cyclic one.
     */
    private static LinesCheck rootSum() {
        Set<String> names = Set.of("rank", "ranks", "m");
        Tolerance nine = new Tolerance(1e-9, 1e-9);
        Tolerance six = new Tolerance(1e-6, 1e-6);
        LinePattern total = LinePattern.of("The total sum is {total}");
        NumberRule totalSum = NumberRule.fromReference("total", nine, "")
            .withWrong(new MessageTemplate("the total is wrong (tolerance: relative 1e-9)")).withWrongOfTheRun()
            .withMistakes(List.of(
                new NumberRule.Mistake(null, expression("sqrt(m)", names), expression("(m + 1) mod ranks = 1", names),
                    six, ComputedText.of("the difference is sqrt(m), the last term: is it left out of the loop, or "
                        + "left over when the m+1 terms are cut into {ranks} equal blocks?", names)),
                new NumberRule.Mistake(null, expression("sum(i, m - (m + 1) mod ranks + 1, m, sqrt(i))", names),
                    expression("(m + 1) mod ranks > 1", names), six, ComputedText.of("the difference is the sum of "
                        + "sqrt(i) for the last {(m + 1) mod ranks} terms (i = m-{(m + 1) mod ranks - 1} .. m), those "
                        + "left over when the m+1 terms are cut into {ranks} equal blocks; the cyclic split (rank R "
                        + "takes i = R, R+N, ...) leaves none out", names)),
                new NumberRule.Mistake(null, expression("sqrt(m)", names), null, six,
                    ComputedText.plain("the difference is sqrt(m): is the loop's last term (i = m) missing?"))));
        LineWords totalWords = new LineWords("total sum", LineWords.describe(total, false), "total", "totals",
            "total sum", List.of(), new LineWords.Repeated(LineWords.Repeated.message("total"), "", false),
            new LineWords.OtherRanks("printed a line that only rank 0 prints", "only rank 0 prints \"The total sum "
                + "is {total}\"", true), "printed no total");
        LinePattern partial = LinePattern.of("The partial sum of rank {rank} is {sum}", Set.of("rank"));
        NumberRule rank = NumberRule.computed("rank", expression("rank", names), Tolerance.EXACT,
            "print the rank MPI.COMM_WORLD.Rank() returns")
            .withWrong(new MessageTemplate("labels its partial sum as rank {actual}"));
        NumberRule sum = NumberRule.fromReference("sum", nine, "")
            .withWrong(new MessageTemplate("has the wrong partial sum"))
            .withAddsUp(ComputedText.of("the partial sums add up to the right total, but they are not the cyclic "
                + "split: rank R sums i = R, R+N, R+2N, ... (N = {ranks})", Set.of("ranks", "m")));
        LineWords partialWords = new LineWords("cyclic partial sums", LineWords.describe(partial, true),
            "partial sum", "partial sums", "partial sum", List.of(),
            new LineWords.Repeated(new MessageTemplate("printed {count} partial sums"), "each rank prints its own once",
                LineWords.Repeated.Shown.FIRST), LineWords.OtherRanks.defaults(partial), "printed no partial sum");
        return new LinesCheck(List.of(new LineRule(total, false, List.of(totalSum), "", totalWords),
            new LineRule(partial, true, List.of(rank, sum), "", partialWords)), new ContractArguments(List.of("m"), List.of("m")),
            "every rank R prints \"The partial sum of rank R is P\", rank 0 \"The total sum is T\"");
    }

    private static Expression expression(String text, Set<String> names) {
        return ExpressionParser.parse(text, names);
    }

    /** The course as the contract in {@code docs/exercise-contract.md} fixes it. */
    static List<ExerciseSpec> exercises() {
        return List.of(
            new ExerciseSpec("hello", "07 Hello World", "hello.HelloWorld", ONE_TO_FOUR, 1, LIMITS,
                hello(), "exercises/tasks/hello.md", List.of(), InputGenerator.NONE, List.of()),
            new ExerciseSpec("p2p", "08 Point-to-point", "p2p.PointToPoint", ONE_TO_FOUR, 1, LIMITS,
                new TaughtCalls(p2p(), "send each square to rank 0 with MPI.COMM_WORLD.Send and receive it "
                    + "there with Recv", CallRule.everyRankSendsToRoot()), "exercises/tasks/p2p.md", List.of(),
                InputGenerator.NONE, List.of()),
            new ExerciseSpec("rootsum", "09 Broadcast and reduce", "rootsum.RootSum", ONE_TO_FOUR, 2, LIMITS,
                new TaughtCalls(rootSum(), "rank 0 broadcasts m to every rank with Bcast, and Reduce adds "
                    + "the partial sums up at rank 0", CallRule.everyRankCalls("Bcast"),
                    CallRule.everyRankCalls("Reduce", "Allreduce")), "exercises/tasks/rootsum.md", List.of("1234567"),
                HiddenInputs::rootSum, List.of(), new ParallelRuns(List.of(ROOTSUM_PARALLEL), PARALLEL_RANKS, true)).withArguments("m", "m"),
            new ExerciseSpec("mandelbrot", "10 Mandelbrot in parallel", "mandelbrot.Mandelbrot", ONE_TO_FOUR, 2,
                LIMITS, new MandelbrotCheck(), "exercises/tasks/mandelbrot.md",
                List.of("200", "200", "-1.5", "0.5", "-1.0", "1.0", "1000", HiddenInputs.IMAGE),
                HiddenInputs::mandelbrot, List.of(HiddenInputs.IMAGE), new ParallelRuns(List.of(MANDELBROT_PARALLEL, MANDELBROT_PARALLEL, "-1.5",
                "0.5", "-1.0", "1.0", "1000", HiddenInputs.IMAGE), PARALLEL_RANKS, true))
                .withArguments("ni", "nr", "ni", "rei", "ref", "imi", "imf", "imax", "image"),
            // Graded once: the reference runs at 1 rank for the job's arguments; the job's rank count is its own.
            new ExerciseSpec("hpc", "11 HPC systems", "mandelbrot.Mandelbrot", List.of(1), 2, JOB_LIMITS,
                new SlurmScriptCheck("mandelbrot.slurm", mandelbrotJob()), "exercises/tasks/hpc.md", JOB_ARGUMENTS,
                InputGenerator.NONE, List.of(), ParallelRuns.NONE,
                new ContractArguments(mandelbrotJob().arguments(), List.of())),
            new ExerciseSpec("masterslave", "12 Master-slave", "masterslave.MasterSlave", MASTER_SLAVE_RANKS, 2,
                LIMITS.withWallTime(Duration.ofSeconds(20)), new MasterSlaveCheck(), "exercises/tasks/masterslave.md",
                List.of("20", "42", "10"), HiddenInputs::masterSlave, List.of())
                .withArguments("jobs", "jobs", "seed", "unit_ms"),
            new ExerciseSpec("matmul", "13 Multiplying matrices", "matmul.MatMul", ONE_TO_FOUR, 2, LIMITS,
                new MatMulCheck(), "exercises/tasks/matmul.md", List.of("301", "500", "400"),
                HiddenInputs::matMul, List.of(), new ParallelRuns(MATRIX_PARALLEL, MATRIX_PARALLEL_RANKS, true))
                .withArguments("n1", "n1", "n2", "n3", "seed"),
            new ExerciseSpec("matmul-distributed", "13 Multiplying matrices", "matmul.MatMulDistributed",
                ONE_TO_FOUR, 2, LIMITS, new TaughtCalls(new MatMulCheck(), "rank 0 scatters A's rows with "
                    + "Scatterv and gathers C's with Gatherv", CallRule.everyRankCalls("Scatterv", "Scatter"),
                    CallRule.everyRankCalls("Gatherv", "Gather"), onlyRootHoldsA()),
                "exercises/tasks/matmul-distributed.md",
                List.of("301", "500", "400"), HiddenInputs::matMul, List.of(),
                new ParallelRuns(MATRIX_PARALLEL, MATRIX_PARALLEL_RANKS, true))
                .withArguments("n1", "n1", "n2", "n3", "seed"));
    }

    /** Lesson 11's job as the Java course knew it: the Mandelbrot program's checksum and arguments. */
    public static JobProgram mandelbrotJob() {
        return new JobProgram("mandelbrot", "Checksum: {checksum}", 5e-5, "nr ni rei ref imi imf imax [image.pgm]",
            List.of("nr", "ni", "rei", "ref", "imi", "imf", "imax", "image"), Set.of("nr", "ni", "imax"),
            Set.of("image"), Map.of("nr", 200.0, "ni", 200.0, "rei", -1.5, "ref", 0.5, "imi", -1.0, "imf", 1.0,
                "imax", 1000.0),
            Optional.of(new JobProgram.WorkLimit("nr * ni * imax",
                v -> v.get("nr") * v.get("ni") * v.get("imax"), 1e9, "the grader checks jobs of at most 1000 x 1000 "
                + "pixels and 1000 iterations (nr * ni * imax <= 10^9), as the task's")));
    }

    /** Lesson 13's rule as the Java course had it: A is n1 x n2 doubles, B n2 x n3. */
    private static CallRule onlyRootHoldsA() {
        return CallRule.onlyRootReceivesWhole("A", arguments -> {
            try {
                long n1 = Long.parseLong(arguments.get(0));
                long n2 = Long.parseLong(arguments.get(1));
                long n3 = Long.parseLong(arguments.get(2));
                return Optional.of(new CallRule.ArraySizes(8 * n1 * n2, 8 * n2, 8 * n2 * n3));
            } catch (RuntimeException noSizes) {
                return Optional.empty();
            }
        });
    }
}
