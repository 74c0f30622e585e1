package course.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mpjgrader.check.FailureMessage;
import org.mpjgrader.check.GradedLines;
import org.mpjgrader.check.OnRequestDispatch;
import org.mpjgrader.check.OutputCheck;
import org.mpjgrader.check.ParallelProfile;
import org.mpjgrader.check.ReferenceOutput;
import org.mpjgrader.check.RunContext;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.CheckResult;

/**
 * Lesson 12, the master-slave model. Rank 0 hands out jobs 1..jobs on request and prints
 * {@code Master assigned job # J to slave # R .} for each and {@code Master informed slave # R no more jobs.} for
 * each slave; slave R prints {@code Slave # R did job # J} after doing job J. Which slave gets which job changes
 * from run to run, so the expected lines follow from the arguments (the number of jobs) and the rank count, not
 * from the reference's output.
 *
 * <p>The master's lines are read from rank 0's own output, in its order; a slave's lines from that slave's own
 * output, so a rank 0 that prints the slaves' lines for them is caught. No check reads the order between ranks
 * ({@link RunResult#merged()}): a fixed round-robin schedule cannot be told from work on demand by it, because
 * MPJ Express's multicore {@code Send} waits for the matching {@code Recv} (seen with a single int), so even a
 * master that never waits for requests prints "assigned" only after the slave's previous "did" line, as a dynamic
 * one does. The master's MPI calls tell them apart instead ({@link OnRequestDispatch}): each message to a slave
 * must answer that slave's request, one job a message, with requests taken from any slave as they come. No verdict
 * reads the order in which requests arrived, which the machine's timing decides, nor a stopwatch: where the jobs
 * sleep, the run's modelled time (its critical path on the work clock) must only be at least what any schedule
 * takes, so that a slave that skips its sleeps is caught on every machine.
 */
public final class MasterSlaveCheck implements OutputCheck {
    static final String ASSIGNED_ONCE = "each job assigned once";
    static final String STOPPED_ONCE = "each slave stopped once";
    static final String DONE_BY_SLAVE = "jobs done by their slaves";
    static final String MASTER_NO_JOB = "master does no job";
    static final String SLEPT = "each job sleeps its weight";
    static final String ON_REQUEST = "each job sent to the slave that asked";
    /** What the runner's work clock counts for a millisecond of sleep (its {@code WorkClock.WORK_PER_MILLISECOND}). */
    public static final long WORK_PER_MILLISECOND = 1_000_000;
    private static final int DEFAULT_SEED = 42;
    private static final int DEFAULT_UNIT_MS = 10;

    /** At most 9 digits, so that it fits an int; a longer number is a line not in the expected form. */
    private static final String INT = "(-?\\d{1,9})";
    private static final Pattern NUMBERS = Pattern.compile("-?\\d+");
    private static final int LISTED = 8;
    private static final int MORE_RANKS = 3;
    /** The words of a line meant as the master's "informed" line. */
    private static final String[] STOP_WORDS = {"inform", "no more", "stop"};

    /** What is handed out: its noun is in the lines, the check names and the messages. */
    private final HandedOutWork work;
    private final String noun;
    private final String nouns;
    private final Pattern assignedLine;
    private final Pattern informedLine;
    private final Pattern didLine;
    private final String assignedOnceName;
    private final String doneBySlaveName;
    private final String masterNoJobName;
    private final String sleptName;
    private final String onRequestName;

    /** Lesson 12's jobs: {@code jobs seed unit_ms}, numbered 1..jobs, 20 when no argument is given. */
    static final HandedOutWork JOBS = new HandedOutWork("job", 0, 20, 1, true);

    /** Lesson 12's jobs ({@link #JOBS}). */
    public MasterSlaveCheck() {
        this(JOBS);
    }

    public MasterSlaveCheck(HandedOutWork work) {
        this.work = work;
        this.noun = work.noun();
        this.nouns = work.plural();
        this.assignedLine = Pattern.compile("Master assigned " + noun + " # " + INT + " to slave # " + INT + " \\.");
        this.informedLine = Pattern.compile("Master informed slave # " + INT + " no more " + nouns + "\\.");
        this.didLine = Pattern.compile("Slave # " + INT + " did " + noun + " # " + INT);
        this.assignedOnceName = "each " + noun + " assigned once";
        this.doneBySlaveName = nouns + " done by their slaves";
        this.masterNoJobName = "master does no " + noun;
        this.sleptName = "each " + noun + " sleeps its weight";
        this.onRequestName = "each " + noun + " sent to the slave that asked";
    }

    @Override
    public String describeExpected() {
        return "rank 0 prints \"Master assigned " + noun + " # J to slave # R .\" and "
            + "\"Master informed slave # R no more " + nouns + ".\", slave R prints \"Slave # R did " + noun + " # J\"";
    }

    @Override
    public boolean attempted(RunResult result) {
        return result.ranks().stream().flatMap(r -> r.stdout().stream())
            .map(l -> l.toLowerCase(Locale.ROOT)).anyMatch(l -> l.contains(noun) || l.contains("slave"));
    }

    @Override
    public List<CheckResult> check(RunContext run, RunResult result, ReferenceOutput reference, double points) {
        Lines lines = new Lines(run, result);
        ParallelProfile profile = ParallelProfile.of(result);
        Optional<JobSchedule> weighed = work.weighted() && profile.measured()
            ? schedule(run.arguments())
            : Optional.empty();
        double each = points / (weighed.isPresent() ? 6 : 5);
        List<CheckResult> checks = new ArrayList<>(List.of(assignedOnce(run, lines, each),
            stoppedOnce(run, lines, each), doneBySlaves(run, lines, each), masterDoesNoJob(run, lines, each),
            onRequest(run, result, lines, each)));
        weighed.ifPresent(schedule -> checks.add(sleepTheirWeight(run, lines, profile, schedule, each)));
        return checks;
    }

    /**
     * Every message the master sends a slave, but its first, answers that slave's request, one job a message, and
     * requests are taken as they come (the MPI calls show all three; none depends on the order requests arrived in).
     */
    private CheckResult onRequest(RunContext run, RunResult result, Lines lines, double points) {
        Optional<String> unrequested = OnRequestDispatch.firstUnrequested(result);
        if (unrequested.isPresent()) {
            return CheckResult.fail(onRequestName, points, FailureMessage.of(run, "the master sent a slave work it "
                    + "had not asked for")
                .detail("expected: each message rank 0 sends a slave (after a first " + noun + ") answers the "
                    + "request that slave has just sent, received from MPI.ANY_SOURCE")
                .detail("but was:  " + unrequested.get())
                .detail("hint: a master that decides in advance who does which " + noun + " keeps a slave with long "
                    + nouns + " busy while others wait: receive a request, then answer its sender (status.source)")
                .text());
        }
        Optional<String> batched = OnRequestDispatch.firstBatched(result, lines.jobsPerSlave());
        if (batched.isPresent()) {
            return CheckResult.fail(onRequestName, points, FailureMessage.of(run, "the master handed a slave "
                    + "several " + nouns + " in one message")
                .detail("expected: one message per " + noun + ", each answering the request of the slave "
                    + "that gets it")
                .detail("but was:  " + batched.get())
                .detail("hint: " + nouns + " given out in blocks are a split made in advance: a slave that drew long "
                    + nouns + " keeps them while the others wait; answer each request with one " + noun)
                .text());
        }
        return OnRequestDispatch.fixedTurn(result, run.np())
            .map(turn -> CheckResult.fail(onRequestName, points, FailureMessage.of(run, "the master took the "
                    + "slaves' requests in a fixed turn")
                .detail("expected: each request received from MPI.ANY_SOURCE, so that the slave that asks first is "
                    + "served first")
                .detail("but was:  " + turn)
                .detail("hint: a slave that is done early waits for its turn while the others work: receive from "
                    + "MPI.ANY_SOURCE, then answer its sender (status.source)")
                .text()))
            .orElse(CheckResult.pass(onRequestName, points));
    }

    /** The jobs the arguments draw, or empty where the arguments are not numbers (the lines' checks say so). */
    private Optional<JobSchedule> schedule(List<String> args) {
        try {
            return Optional.of(JobSchedule.of(work.count(args),
                args.size() < 2 ? DEFAULT_SEED : Long.parseLong(args.get(1)),
                args.size() < 3 ? DEFAULT_UNIT_MS : Integer.parseInt(args.get(2))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The run's modelled time against the least makespan of any schedule. On the work clock a job's sleep of w
     * units counts w * unit_ms milliseconds at {@link #WORK_PER_MILLISECOND}, so however the jobs were shared out, a
     * run whose slaves sleep as the task says takes at least the longest job and the work shared out evenly. Only
     * the jobs rank 0 handed out count, over the ranks it handed them to, so that a wrong job number or a master
     * that works is named by its own check alone. The modelled time is not compared with the on-demand makespan:
     * which slave's request the master takes first follows the machine's timing (a wildcard receive), and so would
     * that time.
     */
    private CheckResult sleepTheirWeight(RunContext run, Lines lines, ParallelProfile profile, JobSchedule schedule,
                                         double points) {
        Set<Integer> handedOut = new HashSet<>();
        Set<Integer> workers = new HashSet<>();
        for (int[] a : lines.assigned) {
            handedOut.add(a[0]);
            if (a[1] >= 0 && a[1] < run.np()) {
                workers.add(a[1]);
            }
        }
        double took = (double) profile.modelledTime() / WORK_PER_MILLISECOND;
        double least = schedule.only(handedOut, work.first()).leastMakespan(Math.max(1, workers.size())).toMillis();
        if (took >= least) {
            return CheckResult.pass(sleptName, points);
        }
        return CheckResult.fail(sleptName, points, FailureMessage.of(run, String.format(Locale.ROOT,
                "the " + nouns + " took %.0f ms of modelled time, but no schedule does them in less than %.0f ms",
                took, least))
            .detail("the modelled time counts each " + noun + "'s sleep, not the machine's clock: the time the run "
                + "takes with a core per rank")
            .detail("hint: doing " + noun + " j means sleeping w_j * unit_ms milliseconds (Thread.sleep), with w_j "
                + "drawn from new java.util.Random(seed) as the task says")
            .text());
    }

    // ---------------------------------------------------------------------------------------------- the checks

    /** Rank 0 assigned each job 1..jobs exactly once, each to a slave 1..N-1 (rank 0 itself is the last check's). */
    private CheckResult assignedOnce(RunContext run, Lines lines, double points) {
        int jobs = lines.jobs;
        int first = work.first();
        int last = work.last(jobs);
        String numbered = first + ".." + last;
        if (lines.assigned.isEmpty()) {
            String nearMiss = nearMiss(lines.rank0, assignedLine, "assign");
            return CheckResult.fail(assignedOnceName, points,
                FailureMessage.of(run, "rank 0 printed no \"Master assigned\" line")
                .expectedButWas(expectedAssigned(nearMiss), nearMiss)
                .detail(otherRanksPrinted(lines, assignedLine, "Master assigned")).text());
        }
        Map<Integer, List<Integer>> slavesOfJob = new TreeMap<>();
        for (int[] a : lines.assigned) {
            slavesOfJob.computeIfAbsent(a[0], j -> new ArrayList<>()).add(a[1]);
        }
        List<String> problems = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int j = first; j <= last; j++) {
            if (!slavesOfJob.containsKey(j)) {
                missing.add(j);
            }
        }
        if (!missing.isEmpty()) {
            problems.add("never assigned: " + jobList(missing));
        }
        List<String> twice = slavesOfJob.entrySet().stream().filter(e -> e.getValue().size() > 1)
            .map(e -> e.getKey() + " (" + e.getValue().size() + " times, to slaves "
                + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")").toList();
        if (!twice.isEmpty()) {
            problems.add("assigned more than once: " + listed(noun, twice));
        }
        List<Integer> notJobs = slavesOfJob.keySet().stream().filter(j -> j < first || j > last).toList();
        if (!notJobs.isEmpty()) {
            problems.add("not a " + noun + " (" + nouns + " are numbered " + numbered + "): " + jobList(notJobs));
        }
        Map<Integer, List<String>> jobsOfNoSlave = new TreeMap<>();
        lines.assigned.stream().filter(a -> a[1] != 0 && !lines.isSlave(a[1]))
            .forEach(a -> jobsOfNoSlave.computeIfAbsent(a[1], s -> new ArrayList<>()).add(String.valueOf(a[0])));
        jobsOfNoSlave.forEach((slave, js) -> problems.add("assigned to slave # " + slave + ", but " + lines.slavesAre()
            + ": " + listed(noun, js)));
        String others = otherRanksPrinted(lines, assignedLine, "Master assigned");
        if (problems.isEmpty()) {
            return others.isEmpty() ? CheckResult.pass(assignedOnceName, points)
                : CheckResult.fail(assignedOnceName, points, FailureMessage.of(run, others).text());
        }
        problems.add(others);
        String wrongForm = wrongForm(lines.rank0, assignedLine, "assign");
        FailureMessage message = FailureMessage.of(run, "rank 0 did not assign each " + noun + " " + numbered
            + " exactly once"
            + (jobsOfNoSlave.isEmpty() ? "" : " to a slave"));
        problems.forEach(message::detail);
        message.detail(wrongForm);
        // Off by one: numbered from the other end of 0 and 1 (jobs 0..jobs-1, rows 1..ni).
        int offByOne = first == 0 ? 1 : first - 1;
        if (notJobs.contains(offByOne > first ? last + 1 : offByOne)
            && missing.contains(offByOne > first ? first : last)) {
            message.detail("hint: " + nouns + " are numbered from " + first + " to " + last + ", not from " + offByOne);
        }
        return CheckResult.fail(assignedOnceName, points, message.text());
    }

    /** Rank 0 told each slave 1..N-1 to stop exactly once, and gave it no job after that. */
    private CheckResult stoppedOnce(RunContext run, Lines lines, double points) {
        if (lines.informed.isEmpty()) {
            String nearMiss = nearMiss(lines.rank0, informedLine, STOP_WORDS);
            return CheckResult.fail(STOPPED_ONCE, points, FailureMessage.of(run, "rank 0 told no slave to stop")
                .expectedButWas(expectedInformed(nearMiss), nearMiss)
                .detail(otherRanksPrinted(lines, informedLine, "Master informed")).text());
        }
        Map<Integer, Integer> times = new TreeMap<>();
        lines.informed.forEach(s -> times.merge(s, 1, Integer::sum));
        List<String> problems = new ArrayList<>();
        List<Integer> never = new ArrayList<>();
        for (int s = 1; s < lines.np; s++) {
            if (!times.containsKey(s)) {
                never.add(s);
            }
        }
        if (!never.isEmpty()) {
            problems.add("never told to stop: " + listed("slave", never.stream().map(String::valueOf).toList()));
        }
        List<String> twice = times.entrySet().stream().filter(e -> e.getValue() > 1)
            .map(e -> e.getKey() + " (" + e.getValue() + " times)").toList();
        if (!twice.isEmpty()) {
            problems.add("told to stop more than once: " + listed("slave", twice));
        }
        List<String> noSlave = times.keySet().stream().filter(s -> !lines.isSlave(s)).map(String::valueOf).toList();
        if (!noSlave.isEmpty()) {
            problems.add("told to stop, but " + lines.slavesAre() + ": " + listed("slave", noSlave));
        }
        List<String> afterStop = lines.assignedAfterStop();
        if (!afterStop.isEmpty()) {
            problems.add("given a " + noun + " after being told to stop: " + listed(noun, afterStop));
        }
        String others = otherRanksPrinted(lines, informedLine, "Master informed");
        if (problems.isEmpty()) {
            return others.isEmpty() ? CheckResult.pass(STOPPED_ONCE, points)
                : CheckResult.fail(STOPPED_ONCE, points, FailureMessage.of(run, others).text());
        }
        problems.add(others);
        FailureMessage message = FailureMessage.of(run, "rank 0 did not tell " + lines.eachSlave()
            + " to stop exactly once, after its last " + noun);
        problems.forEach(message::detail);
        message.detail(wrongForm(lines.rank0, informedLine, STOP_WORDS));
        return CheckResult.fail(STOPPED_ONCE, points, message.text());
    }

    /**
     * Each job rank 0 assigned to slave R is reported done once, in rank R's own output, and a slave reports only
     * the jobs it was given. Whether the job numbers themselves are right is the first check's.
     */
    private CheckResult doneBySlaves(RunContext run, Lines lines, double points) {
        List<SlaveProblem> problems = new ArrayList<>();
        for (int r = 1; r < lines.np; r++) {
            SlaveProblem problem = slaveProblem(lines, r);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (problems.isEmpty()) {
            return CheckResult.pass(doneBySlaveName, points);
        }
        SlaveProblem first = problems.get(0);
        FailureMessage message = FailureMessage.of(run, "rank " + first.rank() + " " + first.what());
        if (first.expected() != null) {
            message.expectedButWas(first.expected(), first.actual());
        } else {
            message.detail("the line: \"" + first.actual() + "\"");
        }
        problems.stream().skip(1).limit(MORE_RANKS)
            .forEach(p -> message.detail("also rank " + p.rank() + ": " + p.what()));
        int hidden = problems.size() - 1 - MORE_RANKS;
        if (hidden > 0) {
            message.detail("and " + hidden + " more " + (hidden == 1 ? "rank" : "ranks"));
        }
        problems.stream().map(SlaveProblem::hint).filter(h -> !h.isEmpty()).distinct()
            .forEach(h -> message.detail("hint: " + h));
        return CheckResult.fail(doneBySlaveName, points, message.text());
    }

    /**
     * What is wrong with one slave's "did" lines, shown as {@link RankProblem}s are, but a line that should not be
     * there has no expected line ({@code expected} null).
     */
    private record SlaveProblem(int rank, String what, String hint, String expected, String actual) {
    }

    private SlaveProblem slaveProblem(Lines lines, int r) {
        Map<Integer, Integer> given = new LinkedHashMap<>();
        lines.assigned.stream().filter(a -> a[1] == r).forEach(a -> given.merge(a[0], 1, Integer::sum));
        List<String> own = lines.stdout(r);
        List<Matcher> did = GradedLines.matching(own, didLine);
        List<Matcher> wrongLabel = did.stream().filter(m -> Integer.parseInt(m.group(1)) != r).toList();
        // "Slave # 0" lines are the fourth check's: the master doing a job.
        wrongLabel = wrongLabel.stream().filter(m -> !m.group(1).equals("0")).toList();
        if (!wrongLabel.isEmpty()) {
            Matcher m = wrongLabel.get(0);
            return new SlaveProblem(r, "reports " + nouns + " as slave # " + m.group(1), "a slave prints its "
                + "own rank, the one "
                + "MPI.COMM_WORLD.Rank() returns", "Slave # " + r + " did " + noun + " # " + m.group(2), m.group(0));
        }
        Map<Integer, Integer> reported = new LinkedHashMap<>();
        did.stream().filter(m -> Integer.parseInt(m.group(1)) == r)
            .forEach(m -> reported.merge(Integer.parseInt(m.group(2)), 1, Integer::sum));
        List<Integer> notDone = given.keySet().stream().filter(j -> reported.getOrDefault(j, 0) < given.get(j))
            .toList();
        if (!notDone.isEmpty()) {
            int first = notDone.get(0);
            String nearMiss = reported.isEmpty() ? nearMiss(own, didLine, "did") : null;
            String also = reportedBy(lines, first, r);
            return new SlaveProblem(r, "did not report " + jobList(notDone) + " that rank 0 assigned to it"
                + (also.isEmpty() ? "" : " (" + also + ")"), rank0PrintsSlaveLines(lines)
                ? "rank 0 printed \"Slave #\" lines: each slave prints its own, after doing the " + noun : "",
                nearMiss == null ? "Slave # " + r + " did " + noun + " # " + first : expectedDid(nearMiss), nearMiss);
        }
        // Where rank 0's "assigned" lines cannot all be read, which job went where is unknown: the first check says so.
        boolean assignmentsKnown = !lines.assigned.isEmpty()
            && wrongForm(lines.rank0, assignedLine, "assign").isEmpty();
        List<Integer> notGiven = !assignmentsKnown ? List.of()
            : reported.keySet().stream().filter(j -> reported.get(j) > given.getOrDefault(j, 0)).toList();
        if (!notGiven.isEmpty()) {
            int first = notGiven.get(0);
            boolean twice = given.containsKey(first);
            String what = twice ? "reported " + noun + " " + first + " " + reported.get(first) + " times, but "
                + "was given it "
                + (given.get(first) == 1 ? "once" : given.get(first) + " times")
                : "reported " + jobList(notGiven) + " that rank 0 did not assign to it"
                    + (lines.assignedTo(first).isEmpty() ? "" : " (" + noun + " " + first + " went to slave "
                    + lines.assignedTo(first).stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
            return new SlaveProblem(r, what, "a slave does the " + nouns + " the master sends it, each once", null,
                "Slave # " + r + " did " + noun + " # " + first);
        }
        // A slave with no "did" line in the expected form but one meant as such; other lines of a slave that reports
        // its jobs right are its own business.
        String line = did.isEmpty() ? nearMiss(own, didLine, "did") : null;
        return line == null ? null
            : new SlaveProblem(r, "printed a line that is not in the expected form", "", expectedDid(line), line);
    }

    /** Rank 0 does no job: it assigns none to itself and prints no "Slave #" line; no slave line says slave # 0. */
    private CheckResult masterDoesNoJob(RunContext run, Lines lines, double points) {
        List<String> toItself = lines.assigned.stream().filter(a -> a[1] == 0).map(a -> String.valueOf(a[0])).toList();
        List<String> rank0Did = GradedLines.matching(lines.rank0, didLine).stream().map(m -> m.group(0)).toList();
        List<String> slaveZero = new ArrayList<>();
        for (int r = 1; r < lines.np; r++) {
            GradedLines.matching(lines.stdout(r), didLine).stream().filter(m -> m.group(1).equals("0"))
                .forEach(m -> slaveZero.add(m.group(0)));
        }
        if (toItself.isEmpty() && rank0Did.isEmpty() && slaveZero.isEmpty()) {
            return CheckResult.pass(masterNoJobName, points);
        }
        FailureMessage message;
        List<String> rank0AsZero = rank0Did.stream().filter(l -> l.startsWith("Slave # 0 ")).toList();
        if (!toItself.isEmpty() || !rank0AsZero.isEmpty()) {
            message = FailureMessage.of(run, "rank 0 did " + nouns + " itself; the master only hands out work");
            if (!toItself.isEmpty()) {
                message.detail("assigned to slave # 0 (rank 0): " + listed(noun, toItself));
            }
            if (!rank0Did.isEmpty()) {
                message.detail("rank 0 printed " + count(rank0Did.size(), "\"did\" line") + ", the first \""
                    + rank0Did.get(0) + "\"");
            }
            message.detail("hint: rank 0 does no " + noun + " even when no slave is asking: it waits for the "
                + "next request");
        } else if (!rank0Did.isEmpty()) {
            message = FailureMessage.of(run, "rank 0 printed " + count(rank0Did.size(), "\"Slave #\" line")
                + ", the first \"" + rank0Did.get(0) + "\"; the master does no " + noun + " and prints no "
                + "slave's line");
        } else {
            message = FailureMessage.of(run, "a slave reports " + nouns + " as slave # 0, which is the master")
                .expectedButWas("Slave # R did " + noun + " # J (R = the slave's own rank, 1.." + (lines.np - 1) + ")",
                    slaveZero.get(0));
        }
        return CheckResult.fail(masterNoJobName, points, message.text());
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** The graded lines of one run, parsed once. */
    private final class Lines {
        final int np;
        final int jobs;
        final RunResult result;
        final List<String> rank0;
        /** Rank 0's assignments in its order: {job, slave}. */
        final List<int[]> assigned = new ArrayList<>();
        /** Rank 0's stop messages in its order: the slave. */
        final List<Integer> informed = new ArrayList<>();

        Lines(RunContext run, RunResult result) {
            this.np = run.np();
            this.jobs = work.count(run.arguments());
            this.result = result;
            this.rank0 = stdout(0);
            for (Matcher m : GradedLines.matching(rank0, assignedLine)) {
                assigned.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
            }
            GradedLines.matching(rank0, informedLine).forEach(m -> informed.add(Integer.parseInt(m.group(1))));
        }

        List<String> stdout(int rank) {
            return result.rank(rank).stdout();
        }

        boolean isSlave(int rank) {
            return rank >= 1 && rank < np;
        }

        /** "slave 1" or "each slave 1..3". */
        String eachSlave() {
            return np == 2 ? "slave 1" : "each slave 1.." + (np - 1);
        }

        /** "the only slave is rank 1" or "the slaves are ranks 1..3". */
        String slavesAre() {
            return np == 2 ? "the only slave is rank 1" : "the slaves are ranks 1.." + (np - 1);
        }

        /** How many jobs rank 0's lines assign to each slave. */
        Map<Integer, Integer> jobsPerSlave() {
            Map<Integer, Integer> jobs = new TreeMap<>();
            assigned.forEach(a -> jobs.merge(a[1], 1, Integer::sum));
            return jobs;
        }

        List<Integer> assignedTo(int job) {
            return assigned.stream().filter(a -> a[0] == job).map(a -> a[1]).toList();
        }

        /** "job J to slave # R" for each assignment rank 0 printed after its stop line for R. */
        List<String> assignedAfterStop() {
            List<String> late = new ArrayList<>();
            Set<Integer> stopped = new HashSet<>();
            for (String line : rank0) {
                Matcher a = assignedLine.matcher(line.strip());
                Matcher i = informedLine.matcher(line.strip());
                if (i.matches()) {
                    stopped.add(Integer.parseInt(i.group(1)));
                } else if (a.matches() && stopped.contains(Integer.parseInt(a.group(2)))) {
                    late.add(a.group(1) + " to slave # " + a.group(2));
                }
            }
            return late;
        }
    }

    private boolean rank0PrintsSlaveLines(Lines lines) {
        return !GradedLines.matching(lines.rank0, didLine).isEmpty();
    }

    /** Which other slaves reported {@code job}, for a slave that did not: "rank 2 reported job 5", or "". */
    private String reportedBy(Lines lines, int job, int notThis) {
        List<String> who = new ArrayList<>();
        for (int r = 1; r < lines.np; r++) {
            if (r == notThis) {
                continue;
            }
            int slave = r;
            if (GradedLines.matching(lines.stdout(r), didLine).stream()
                .anyMatch(m -> Integer.parseInt(m.group(1)) == slave && Integer.parseInt(m.group(2)) == job)) {
                who.add(String.valueOf(r));
            }
        }
        return who.isEmpty() ? "" : "rank " + String.join(", ", who) + " reported " + noun + " " + job;
    }

    /** "rank 2 printed \"Master assigned\" lines; only rank 0, the master, prints them", or "". */
    private String otherRanksPrinted(Lines lines, Pattern pattern, String what) {
        List<String> ranks = new ArrayList<>();
        for (int r = 1; r < lines.np; r++) {
            if (!GradedLines.matching(lines.stdout(r), pattern).isEmpty()) {
                ranks.add(String.valueOf(r));
            }
        }
        if (ranks.isEmpty()) {
            return "";
        }
        return (ranks.size() == 1 ? "rank " : "ranks ") + String.join(", ", ranks) + " printed \"" + what
            + "\" lines; only rank 0, the master, prints them";
    }

    /** The first line among {@code lines} that mentions one of {@code words} but is not in the form of {@code form}. */
    private String nearMiss(List<String> lines, Pattern form, String... words) {
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            boolean mentions = false;
            for (String w : words) {
                mentions |= lower.contains(w);
            }
            if (mentions && !form.matcher(line.strip()).matches() && !isGraded(line)) {
                return line;
            }
        }
        return null;
    }

    private boolean isGraded(String line) {
        String s = line.strip();
        return assignedLine.matcher(s).matches() || informedLine.matcher(s).matches() || didLine.matcher(s).matches();
    }

    /** "2 lines not in the expected form, the first \"...\"" for the lines that mention {@code words}, or "". */
    private String wrongForm(List<String> lines, Pattern form, String... words) {
        long n = lines.stream().filter(l -> {
            String lower = l.toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (lower.contains(w)) {
                    return !form.matcher(l.strip()).matches() && !isGraded(l);
                }
            }
            return false;
        }).count();
        if (n == 0) {
            return "";
        }
        String first = nearMiss(lines, form, words);
        return count((int) n, "line") + " not in the expected form, the first \"" + first + "\"";
    }

    /** The contract's line with the numbers a near miss printed, where it printed the right count of them. */
    private String expectedAssigned(String nearMiss) {
        List<String> n = numbers(nearMiss);
        return n.size() == 2 ? "Master assigned " + noun + " # " + n.get(0) + " to slave # " + n.get(1) + " ."
            : "Master assigned " + noun + " # J to slave # R .";
    }

    private String expectedInformed(String nearMiss) {
        List<String> n = numbers(nearMiss);
        return "Master informed slave # " + (n.size() == 1 ? n.get(0) : "R") + " no more " + nouns + ".";
    }

    private String expectedDid(String nearMiss) {
        List<String> n = numbers(nearMiss);
        return n.size() == 2 ? "Slave # " + n.get(0) + " did " + noun + " # " + n.get(1) : "Slave # R did "
            + noun + " # J";
    }

    private static List<String> numbers(String line) {
        List<String> found = new ArrayList<>();
        if (line != null) {
            Matcher m = NUMBERS.matcher(line);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }

    private String jobList(List<Integer> jobs) {
        return listed(noun, jobs.stream().map(String::valueOf).toList());
    }

    /** "job 3", "jobs 3, 5 and 7", "jobs 1, 2, 3, 4, 5, 6, 7, 8 and 4 more". */
    private static String listed(String noun, List<String> items) {
        String head = items.size() == 1 ? noun : noun + "s";
        if (items.size() == 1) {
            return head + " " + items.get(0);
        }
        if (items.size() > LISTED) {
            return head + " " + String.join(", ", items.subList(0, LISTED)) + " and " + (items.size() - LISTED)
                + " more";
        }
        int last = items.size() - 1;
        return head + " " + String.join(", ", items.subList(0, last)) + " and " + items.get(last);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
