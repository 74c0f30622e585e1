package org.mpjgrader.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.mpjgrader.launch.MpjLaunch;
import org.mpjgrader.launch.SbatchRefusal;
import org.mpjgrader.launch.ScriptResult;
import org.mpjgrader.result.CheckResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;

/**
 * A SLURM batch script that runs an MPI program with as many ranks as cores it reserves (lesson 11, HPC systems).
 * Graded once, in two halves: the directives (read, never run: what sbatch would make of them, and whether the
 * reservation matches the launch line) and the job (run as on one node: its output file must hold the line the
 * reference prints for the arguments the job used, see {@link JobOutputCheck}). What the program is, its output
 * line and its arguments, the package says ({@link JobProgram}).
 *
 * <p>The lesson is the match between what is reserved and what is used: {@code --ntasks} ranks, each one
 * thread in MPJ Express's multicore mode, so one core per task on one node, and the rank count taken from
 * {@code $SLURM_NTASKS} rather than written twice. A mismatch leaves reserved cores idle or oversubscribes them.
 */
public final class SlurmScriptCheck implements ExerciseCheck {
    static final String DIRECTIVES = "batch directives";
    private static final String ONE_CORE_PER_RANK =
        "reserve one core per rank on one node: #SBATCH --nodes=1 --ntasks=8 --cpus-per-task=1";
    private static final String USE_NTASKS = "start the program with mpjrun.sh -np $SLURM_NTASKS -dev multicore";

    private final String scriptName;
    private final JobProgram program;
    private final JobOutputCheck job;

    /**
     * @param scriptName the script's file name ({@code mandelbrot.slurm}), wherever it is in the submission
     * @param program    what the job runs and what its output must hold
     */
    public SlurmScriptCheck(String scriptName, JobProgram program) {
        this.scriptName = scriptName;
        this.program = program;
        this.job = new JobOutputCheck(program);
    }

    /** What the job runs and what its output must hold, as the package says. */
    public JobProgram program() {
        return program;
    }

    public String scriptName() {
        return scriptName;
    }

    /** The start of every message: {@code hpc (mandelbrot.slurm)}. */
    public String subject(String exerciseId) {
        return exerciseId + " (" + scriptName + ")";
    }

    /** Whether the script shows an attempt: a directive (even an ignored one) or a line that runs mpjrun.sh. */
    public boolean attempted(SlurmScript script) {
        return !script.directives().isEmpty() || !script.ignored().isEmpty() || script.launch().isPresent();
    }

    /** The message of a script that shows no attempt, with what to do. */
    public String notImplemented(String exerciseId, String hint) {
        return exerciseId + ": " + scriptName + " has no #SBATCH directive and no line that runs mpjrun.sh\n  " + hint;
    }

    /** Whether sbatch would accept the script at all: without that, the job never runs. */
    public boolean accepted(SlurmScript script, String mainClass) {
        return problems(script, mainClass).stream().noneMatch(ScriptProblem::refused);
    }

    /** The directives' half of the points: every directive the lesson asks for, consistent with the launch line. */
    public CheckResult directives(String subject, SlurmScript script, String mainClass, double points) {
        List<ScriptProblem> problems = problems(script, mainClass);
        return problems.isEmpty() ? CheckResult.pass(DIRECTIVES, points)
            : CheckResult.fail(DIRECTIVES, points, ScriptProblem.message(subject, problems));
    }

    /**
     * The directives' half when a real sbatch refuses the script ({@code sbatch --test-only}): what it asked for
     * beyond the cluster, in words a student understands, sbatch's own words, then the grader's other findings.
     */
    public CheckResult refusedBySbatch(String subject, SlurmScript script, String mainClass, SbatchRefusal refusal,
                                       double points) {
        List<ScriptProblem> problems = new ArrayList<>();
        problems.add(ScriptProblem.refusal("sbatch refuses the script: " + beyond(script, refusal)
            .orElse("it says why below"), refusal.beyondTheNode() && refusal.nodeCpus() > 0
            ? "ask for what one node has: at most " + refusal.nodeCpus() + " tasks (--ntasks) on 1 node" : ""));
        problems.addAll(problems(script, mainClass));
        FailureMessage message = FailureMessage.about(subject, problems.get(0).what());
        refusal.said().lines().filter(l -> !l.isBlank()).forEach(l -> message.detail("sbatch: " + l.strip()
            .replaceFirst("^sbatch: ", "")));
        problems.stream().skip(1).forEach(p -> message.detail("also: " + p.what()));
        problems.stream().map(ScriptProblem::hint).filter(h -> !h.isEmpty()).distinct()
            .forEach(h -> message.detail("hint: " + h));
        return CheckResult.fail(DIRECTIVES, points, message.text());
    }

    /** What the script asks for that no node has, when sbatch says so and the script shows it. */
    private static Optional<String> beyond(SlurmScript script, SbatchRefusal refusal) {
        if (!refusal.beyondTheNode()) {
            return Optional.empty();
        }
        int tasks = script.count("ntasks").orElse(1);
        int perTask = script.count("cpus-per-task").orElse(1);
        int nodes = script.count("nodes").orElse(1);
        String forever = "the job would wait forever: ";
        if (refusal.nodeCpus() > 0 && tasks * perTask > refusal.nodeCpus()) {
            return Optional.of(forever + "it asks for " + tasks + (tasks == 1 ? " task" : " tasks")
                + (perTask > 1 ? " of " + perTask + " CPUs each" : "") + ", the cluster's node has "
                + refusal.nodeCpus() + " CPUs");
        }
        if (nodes > 1) {
            return Optional.of(forever + "it asks for " + nodes + " nodes, the cluster has one");
        }
        return Optional.of(forever + "no node of the cluster has what it asks for (the node has "
            + refusal.nodeCpus() + " CPUs and " + refusal.nodeMemoryMb() + " MB of memory)");
    }

    /** The job's half of the points: see {@link JobOutputCheck#check}. */
    public CheckResult jobOutput(String subject, SlurmJob job, ScriptResult result, ReferenceOutput reference,
                                 double points) {
        return this.job.check(subject, job, result, reference, points);
    }

    /** The job's half when it could not run: sbatch refuses the script, or there is no program to run. */
    public CheckResult notRun(String subject, String why, double points) {
        return JobOutputCheck.notRun(subject, why, points);
    }

    /** The job's half when the reference's output is known for {@code arguments} only (a students' copy). */
    public CheckResult onlyArguments(String subject, ScriptResult result, List<String> arguments, double points) {
        return JobOutputCheck.onlyArguments(subject, result.launches().get(0), arguments, points);
    }

    /**
     * The arguments to run the reference with: those of the job's first program, when they are the program's
     * and small enough to check; empty when there are none such (the job's check then says why).
     */
    public Optional<List<String>> referenceArguments(ScriptResult result) {
        return result.launches().stream().findFirst().map(MpjLaunch::arguments)
            .filter(a -> job.unusable(a).isEmpty());
    }

    /** The run's grade: a job killed at the limit is a timeout; otherwise it passes when both halves do. */
    public static RunGrade grade(RunContext run, CheckResult directives, CheckResult job, boolean timedOut,
                                 Duration wall) {
        return grade(run, directives, job, timedOut ? Optional.of(Verdict.TIMEOUT) : Optional.empty(), wall);
    }

    /** The run's grade of a job that ran: see {@link #ended}. */
    public static RunGrade grade(RunContext run, CheckResult directives, CheckResult job, ScriptResult result) {
        return grade(run, directives, job, ended(result), result.wall());
    }

    /** How a job's end decides the verdict: at a time limit a timeout, killed over its --mem a resource limit. */
    static Optional<Verdict> ended(ScriptResult result) {
        if (result.timedOut()) {
            return Optional.of(Verdict.TIMEOUT);
        }
        return result.scheduler().state().equals("OUT_OF_MEMORY") ? Optional.of(Verdict.RESOURCE_LIMIT)
            : Optional.empty();
    }

    private static RunGrade grade(RunContext run, CheckResult directives, CheckResult job, Optional<Verdict> ended,
                                  Duration wall) {
        List<CheckResult> checks = List.of(directives, job);
        Verdict verdict = ended.orElse(checks.stream().allMatch(CheckResult::passed) ? Verdict.PASS : Verdict.FAIL);
        String message = String.join("\n", checks.stream().filter(c -> !c.passed()).map(CheckResult::message).toList());
        return run.grade(verdict, message, checks.stream().mapToDouble(CheckResult::points).sum(),
            directives.maxPoints() + job.maxPoints(), checks, wall);
    }

    private List<ScriptProblem> problems(SlurmScript script, String mainClass) {
        List<ScriptProblem> problems = new ArrayList<>(refusals(script));
        if (!script.ignored().isEmpty()) {
            TreeSet<Integer> lines = new TreeSet<>(script.ignored().stream().map(SlurmScript.Directive::line).toList());
            problems.add(ScriptProblem.of("SLURM ignores the #SBATCH lines after the first command (line "
                    + script.firstCommand() + "): " + (lines.size() == 1 ? "line " : "lines ")
                    + String.join(", ", lines.stream().map(String::valueOf).toList()),
                "put every #SBATCH line above the first command of the script"));
        }
        problems.addAll(missing(script));
        problems.addAll(reservation(script));
        problems.addAll(launch(script, mainClass));
        return problems;
    }

    private List<ScriptProblem> refusals(SlurmScript script) {
        List<ScriptProblem> problems = new ArrayList<>();
        if (!script.hasInterpreterLine()) {
            problems.add(ScriptProblem.refusal("the first line is not #!/bin/bash, and sbatch refuses a script "
                + "that does not start with #! and its interpreter", ""));
        }
        if (script.windowsLineEnds()) {
            problems.add(ScriptProblem.refusal("the script has Windows line ends (\\r\\n), which sbatch refuses",
                "convert it with dos2unix " + scriptName));
        }
        for (String option : List.of("nodes", "ntasks", "cpus-per-task")) {
            script.directive(option).filter(d -> script.count(option).isEmpty()).ifPresent(d -> problems.add(
                ScriptProblem.refusal(d.written() + " is not a count sbatch reads", "")));
        }
        script.directive("time").filter(d -> !SlurmScript.isTime(d.value())).ifPresent(d -> problems.add(
            ScriptProblem.refusal(d.written() + " is not a time sbatch reads",
                "write minutes, MM:SS, HH:MM:SS or D-HH:MM:SS: --time=00:05:00")));
        for (String option : List.of("mem", "mem-per-cpu")) {
            script.directive(option).filter(d -> !SlurmScript.isMemory(d.value())).ifPresent(d -> problems.add(
                ScriptProblem.refusal(d.written() + " is not a size sbatch reads",
                    "write megabytes, or a number with K, M, G or T: --mem=2G")));
        }
        return problems;
    }

    private List<ScriptProblem> missing(SlurmScript script) {
        List<ScriptProblem> problems = new ArrayList<>();
        String files = "name the files after the job: #SBATCH --output=%x-%j.out --error=%x-%j.err";
        if (script.directive("job-name").isEmpty()) {
            problems.add(ScriptProblem.of("no #SBATCH --job-name: squeue shows the job under the script's file name",
                "name the job: #SBATCH --job-name=" + program.jobName()));
        }
        if (script.directive("output").isEmpty()) {
            problems.add(ScriptProblem.of("no #SBATCH --output: the job's output goes to " + SlurmJob.DEFAULT_OUTPUT,
                files));
        }
        if (script.directive("error").isEmpty()) {
            problems.add(ScriptProblem.of("no #SBATCH --error: the job's errors are mixed into its output", files));
        }
        if (script.directive("time").isEmpty()) {
            problems.add(ScriptProblem.of("no #SBATCH --time: the job gets the partition's default limit, often "
                + "its longest, and waits longer in the queue", "ask for a little more than the job needs: "
                + "#SBATCH --time=00:05:00"));
        }
        if (script.directive("mem").isEmpty() && script.directive("mem-per-cpu").isEmpty()) {
            problems.add(ScriptProblem.of("no #SBATCH --mem: the job gets the partition's default memory",
                "ask for the memory it needs: #SBATCH --mem=2G"));
        }
        if (script.directive("nodes").isEmpty()) {
            problems.add(ScriptProblem.of("no #SBATCH --nodes=1: SLURM may spread the "
                + script.count("ntasks").map(n -> n + " ").orElse("") + "tasks over several nodes, "
                + "but -dev multicore runs every rank on the first one", ONE_CORE_PER_RANK));
        }
        if (script.directive("ntasks").isEmpty()) {
            problems.add(ScriptProblem.of("no #SBATCH --ntasks: the job reserves a single task, and SLURM_NTASKS "
                + "is not set", ONE_CORE_PER_RANK));
        }
        return problems;
    }

    private static List<ScriptProblem> reservation(SlurmScript script) {
        List<ScriptProblem> problems = new ArrayList<>();
        script.count("nodes").filter(n -> n > 1).ifPresent(n -> problems.add(ScriptProblem.of(
            script.directive("nodes").orElseThrow().written() + " spreads the job over " + n + " nodes, but "
                + "-dev multicore starts every rank on the first one",
            "use --nodes=1 (across nodes MPJ Express needs its cluster mode, -dev niodev)")));
        script.count("cpus-per-task").filter(c -> c > 1).ifPresent(c -> {
            int tasks = script.count("ntasks").orElse(1);
            problems.add(ScriptProblem.of(script.directive("cpus-per-task").orElseThrow().written() + " reserves "
                    + c + " cores for each rank, but a rank in multicore mode is one thread: " + (c - 1) * tasks
                    + " of the " + c * tasks + " reserved cores would sit idle",
                "use --cpus-per-task=1: one core per rank"));
        });
        return problems;
    }

    private static List<ScriptProblem> launch(SlurmScript script, String mainClass) {
        Optional<MpjrunLine> found = script.launch();
        if (found.isEmpty()) {
            return List.of(ScriptProblem.of("no line runs mpjrun.sh", USE_NTASKS + " -cp CLASSES " + mainClass
                + " ARGUMENTS"));
        }
        MpjrunLine launch = found.get();
        List<ScriptProblem> problems = new ArrayList<>();
        String where = "the launch line (line " + launch.line() + ")";
        if (launch.mainClass() == null) {
            problems.add(ScriptProblem.of(where + " names no class to run", ""));
        } else if (!launch.mainClass().equals(mainClass)) {
            problems.add(ScriptProblem.of(where + " runs " + launch.mainClass() + ", not " + mainClass, ""));
        }
        if (launch.device() != null && !launch.device().equals("multicore")) {
            problems.add(ScriptProblem.of(where + " uses -dev " + launch.device() + ", but on one node MPJ Express "
                + "runs in multicore mode", "use -dev multicore (niodev needs a machines file and every node's "
                + "address)"));
        }
        npProblem(script, launch).ifPresent(problems::add);
        return problems;
    }

    /** Whether the rank count is the job's task count, {@code $SLURM_NTASKS}, and what is wrong if not. */
    private static Optional<ScriptProblem> npProblem(SlurmScript script, MpjrunLine launch) {
        if (launch.npFromSlurm()) {
            return Optional.empty();
        }
        String mismatch = "fewer ranks than reserved cores leave cores idle that other jobs wait for; more ranks "
            + "than cores oversubscribe them, and every rank slows down";
        if (launch.np() == null) {
            return Optional.of(ScriptProblem.of("the launch line has no -np: mpjrun.sh then starts one rank per core "
                + "of the node, not one per reserved task: use -np $SLURM_NTASKS", mismatch));
        }
        Optional<SlurmScript.Directive> ntasks = script.directive("ntasks");
        Optional<Integer> literal = launch.npLiteral();
        if (literal.isPresent() && ntasks.isPresent() && script.count("ntasks").isPresent()) {
            int reserved = script.count("ntasks").get();
            if (literal.get() != reserved) {
                return Optional.of(ScriptProblem.of(ntasks.get().written() + " reserves " + reserved + " cores but the "
                    + "script starts " + literal.get() + " ranks (-np " + launch.np() + "): use -np $SLURM_NTASKS",
                    mismatch));
            }
            return Optional.of(ScriptProblem.of("-np " + launch.np() + " repeats " + ntasks.get().written()
                + " by hand: use -np $SLURM_NTASKS, so that the ranks follow the reservation when it changes", ""));
        }
        return Optional.of(ScriptProblem.of("-np " + launch.np() + " is not the job's task count: use -np "
            + "$SLURM_NTASKS", ""));
    }
}
