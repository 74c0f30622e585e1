package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.mpjgrader.launch.Attempt;
import org.mpjgrader.launch.LingeringThread;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.IntegrityFlag;

/**
 * What a run's program tried that the sandbox denies or the grader forbids, one flag per kind, in words: the runner's
 * attempts (files outside its folder, the network, processes, {@code System.exit}/{@code Runtime.halt}, the grader's
 * classes, results files), lines of its output imitating the runner's channel, and threads left running. Ranks that
 * tried the same share a line: {@code ranks 0, 1 used the grader's classes: org.mpjgrader.runner.WorkCounter (at
 * Hack.java:7)}.
 */
public final class IntegrityFlags {
    /** The kinds in the order reports list them, with what a rank did. */
    private static final Map<String, String> KINDS = kinds();
    private static final Set<String> FORGED = Set.of("result_file", "channel");
    private static final Set<String> NOT_ZEROED = Set.of("exit", "threads");
    /** A line as the runner's channel writes it, without its secret: a field, a tab, an event's name. */
    private static final Pattern CHANNEL_LINE = Pattern.compile("[^\\t]*\\t(READY|START|OUT|END|STUCK|TIMEOUT|EXIT|"
        + "CALL|WAITING|MPI_CPU|WORK|CALLS_UNTOLD|LINGER|TRIED|TRIED_COUNT|DROPPED|BYE)(\\t.*)?");
    private static final int SHOWN = 3;

    private IntegrityFlags() {
    }

    public static List<IntegrityFlag> of(RunResult result) {
        List<Attempt> all = new ArrayList<>(result.attempts());
        all.addAll(channelLines(result));
        for (LingeringThread thread : ProgramEnds.leftRunning(result)) {
            all.add(new Attempt(thread.rank(), "threads", thread.name(), ""));
        }
        List<IntegrityFlag> flags = new ArrayList<>();
        KINDS.forEach((kind, what) -> flags.addAll(flags(result, all, kind, what)));
        return flags;
    }

    /** One flag per group of ranks that tried the same of {@code kind}. */
    private static List<IntegrityFlag> flags(RunResult result, List<Attempt> all, String kind, String what) {
        Map<Integer, List<Attempt>> byRank = new TreeMap<>();
        all.stream().filter(a -> a.kind().equals(kind))
            .forEach(a -> byRank.computeIfAbsent(a.rank(), r -> new ArrayList<>()).add(a));
        Map<String, List<Integer>> ranksByText = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        byRank.forEach((rank, attempts) -> {
            long count = Math.max(attempts.size(), result.attemptCount(rank, kind));
            String text = what + describe(attempts, count);
            ranksByText.computeIfAbsent(text, t -> new ArrayList<>()).add(rank);
            counts.merge(text, count, Math::max);
        });
        List<IntegrityFlag> flags = new ArrayList<>();
        ranksByText.forEach((text, ranks) -> flags.add(new IntegrityFlag(kind, who(ranks) + text, counts.get(text),
            FORGED.contains(kind), !NOT_ZEROED.contains(kind))));
        return flags;
    }

    /** {@code a, b, c, ... (first at HelloWorld.java:24)}: the distinct details told, then where it first happened. */
    private static String describe(List<Attempt> attempts, long count) {
        Set<String> details = new LinkedHashSet<>();
        attempts.forEach(a -> details.add(a.detail()));
        List<String> shown = details.stream().limit(SHOWN).toList();
        String site = attempts.stream().map(Attempt::site).filter(s -> !s.isEmpty()).findFirst().orElse("");
        return String.join(", ", shown) + (count > shown.size() ? ", ..." : "")
            + (site.isEmpty() ? "" : (count > 1 ? " (first at " : " (at ") + site + ")");
    }

    private static String who(List<Integer> ranks) {
        if (ranks.equals(List.of(-1))) {
            return "the submission ";
        }
        List<String> numbers = ranks.stream().filter(r -> r >= 0).map(String::valueOf).toList();
        return (numbers.size() == 1 ? "rank " : "ranks ") + String.join(", ", numbers) + " ";
    }

    /** Lines of the ranks' output (and output past {@code System.out}) shaped like the runner's channel. */
    private static List<Attempt> channelLines(RunResult result) {
        List<Attempt> forged = new ArrayList<>();
        for (RankOutput rank : result.ranks()) {
            for (List<String> stream : List.of(rank.stdout(), rank.stderr())) {
                stream.stream().filter(l -> CHANNEL_LINE.matcher(l).matches())
                    .forEach(l -> forged.add(new Attempt(rank.rank(), "channel", quote(l), "")));
            }
        }
        result.strayOutput().stream().filter(l -> CHANNEL_LINE.matcher(l).matches())
            .forEach(l -> forged.add(new Attempt(-1, "channel", quote(l), "")));
        return forged;
    }

    private static String quote(String line) {
        return "\"" + line.replace("\\", "\\\\").replace("\t", "\\t") + "\"";
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("result_file", "wrote a results file: ");
        kinds.put("channel", "printed lines imitating the grader's channel: ");
        kinds.put("grader_names", "holds classes in the grader's package, which never run: ");
        kinds.put("grader_code", "used the grader's classes: ");
        kinds.put("read", "tried to read outside its folder: ");
        kinds.put("write", "tried to write outside its folder: ");
        kinds.put("network", "tried to reach the network: ");
        kinds.put("process", "tried to start a process: ");
        kinds.put("exit", "called ");
        kinds.put("threads", "left threads running after main returned: ");
        return kinds;
    }
}
