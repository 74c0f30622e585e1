package org.mpjgrader.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The matching schedules a run whose wildcard receives may race is run again under (docs/matching.md), in the order
 * they are judged: an exercise's {@code matchings}, else the course's ({@code course/course.yaml}), else
 * {@link #DEFAULT}. A count of schedules, not a time: no verdict depends on the machine's speed or load.
 *
 * @param schedules    the schedules, each once; none: the exercise's runs are not explored
 * @param hiddenInputs those of the runs on hidden inputs, which may be fewer: a race is in how the ranks
 *                     communicate, which the visible runs at the same rank counts explore already
 * @param rankCounts   the rank counts whose runs are explored (none: every one); a run at another goes under the
 *                     first schedule of its list alone, never under the timing's matching
 */
public record Matchings(List<Schedule> schedules, List<Schedule> hiddenInputs, List<Integer> rankCounts) {
    /** The key, in {@code exercise.yaml} and {@code course.yaml}. */
    static final String KEY = "matchings";
    static final String SCHEDULES = "schedules";
    static final String HIDDEN_INPUTS = "hidden_inputs";
    static final String RANK_COUNTS = "rank_counts";
    /** Lowest rank first, highest rank first, one drawn from the grading's seed. */
    public static final Matchings DEFAULT = new Matchings(List.of(Schedule.LOWEST, Schedule.HIGHEST, Schedule.RANDOM));
    /** No exploration. */
    public static final Matchings NONE = new Matchings(List.of());

    public Matchings {
        schedules = List.copyOf(schedules);
        hiddenInputs = List.copyOf(hiddenInputs);
        rankCounts = List.copyOf(rankCounts);
        for (List<Schedule> list : List.of(schedules, hiddenInputs)) {
            if (list.stream().distinct().count() != list.size()) {
                throw new IllegalArgumentException("a schedule twice in " + list);
            }
        }
    }

    /** The schedules of the runs on visible and on hidden inputs, at every rank count. */
    public Matchings(List<Schedule> schedules, List<Schedule> hiddenInputs) {
        this(schedules, hiddenInputs, List.of());
    }

    /** The same schedules for every run. */
    public Matchings(List<Schedule> schedules) {
        this(schedules, schedules);
    }

    /** One way of choosing among a wildcard receive's candidate senders. */
    public enum Schedule {
        /** The lowest rank: rank order. */
        LOWEST("lowest"),
        /** The highest rank: the reverse order, the latest sender first. */
        HIGHEST("highest"),
        /** Drawn from the grading's seed ({@code random:SEED}). */
        RANDOM("random");

        private final String yamlName;

        Schedule(String yamlName) {
            this.yamlName = yamlName;
        }

        public String yamlName() {
            return yamlName;
        }

        /** The schedule as a run request names it ({@code lowest}, {@code random:42}). */
        public String request(long seed) {
            return this == RANDOM ? yamlName + ":" + seed : yamlName;
        }

        static Optional<Schedule> ofYaml(String name) {
            return Arrays.stream(values()).filter(s -> s.yamlName.equals(name)).findFirst();
        }

        static String names() {
            return Arrays.stream(values()).map(Schedule::yamlName).collect(Collectors.joining(", "));
        }
    }

    /** Whether a run that may race is explored at all. */
    public boolean any() {
        return !schedules.isEmpty() || !hiddenInputs.isEmpty();
    }

    /** The schedules as run requests name them, with the grading's seed. */
    public List<String> requests(long seed) {
        return requests(seed, false);
    }

    /** The schedules of a run on a hidden input ({@code hidden}) or not, as run requests name them. */
    public List<String> requests(long seed, boolean hidden) {
        return (hidden ? hiddenInputs : schedules).stream().map(s -> s.request(seed)).toList();
    }

    /**
     * The schedules of a run at {@code np} ranks on a hidden input ({@code hidden}) or not, as run requests name
     * them: at a rank count not explored, the first alone.
     */
    public List<String> requests(long seed, boolean hidden, int np) {
        List<String> all = requests(seed, hidden);
        return rankCounts.isEmpty() || rankCounts.contains(np) ? all : all.subList(0, Math.min(1, all.size()));
    }

    /**
     * Reads a {@code matchings} mapping ({@code schedules: [lowest, highest, random], hidden_inputs: [lowest],
     * rank_counts: [3, 8]}); without {@code schedules}, {@code otherwise}'s; without {@code hidden_inputs}, the
     * {@code schedules} it gives, else {@code otherwise}'s; without {@code rank_counts}, {@code otherwise}'s. What is
     * wrong is a problem at its node, made by {@code problem}.
     */
    static Matchings read(JsonNode matchings, Matchings otherwise,
                          BiFunction<JsonNode, String, PackageException> problem) {
        if (!matchings.isObject()) {
            throw problem.apply(matchings, KEY + ": expected a mapping (" + SCHEDULES + ": [" + Schedule.names()
                + "])");
        }
        for (Iterator<String> names = matchings.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of(SCHEDULES, HIDDEN_INPUTS, RANK_COUNTS).contains(name)) {
                throw problem.apply(matchings.get(name), KEY + ": unknown setting '" + name + "': expected "
                    + SCHEDULES + ", " + HIDDEN_INPUTS + " or " + RANK_COUNTS);
            }
        }
        JsonNode schedules = matchings.get(SCHEDULES);
        JsonNode hidden = matchings.get(HIDDEN_INPUTS);
        JsonNode rankCounts = matchings.get(RANK_COUNTS);
        List<Schedule> visible = schedules == null ? otherwise.schedules() : list(schedules, SCHEDULES, problem);
        return new Matchings(visible, hidden != null ? list(hidden, HIDDEN_INPUTS, problem)
            : schedules != null ? visible : otherwise.hiddenInputs(),
            rankCounts == null ? otherwise.rankCounts() : rankCounts(rankCounts, problem));
    }

    private static List<Integer> rankCounts(JsonNode rankCounts, BiFunction<JsonNode, String, PackageException> problem) {
        String expected = ": expected a list of rank counts, each a whole number from 1 ([3, 8]; without it, every one)";
        if (!rankCounts.isArray() || rankCounts.isEmpty()) {
            throw problem.apply(rankCounts, KEY + "." + RANK_COUNTS + expected);
        }
        List<Integer> read = new ArrayList<>();
        for (int i = 0; i < rankCounts.size(); i++) {
            JsonNode entry = rankCounts.get(i);
            String field = KEY + "." + RANK_COUNTS + "[" + i + "]";
            if (!entry.canConvertToInt() || !entry.isIntegralNumber() || entry.asInt() < 1) {
                throw problem.apply(entry, field + expected);
            }
            if (read.contains(entry.asInt())) {
                throw problem.apply(entry, field + ": " + entry.asInt() + " twice");
            }
            read.add(entry.asInt());
        }
        return read;
    }

    private static List<Schedule> list(JsonNode schedules, String key,
                                       BiFunction<JsonNode, String, PackageException> problem) {
        if (!schedules.isArray()) {
            throw problem.apply(schedules, KEY + "." + key + ": expected a list of schedules, each one of "
                + Schedule.names() + " ([] for none)");
        }
        List<Schedule> read = new ArrayList<>();
        for (int i = 0; i < schedules.size(); i++) {
            JsonNode entry = schedules.get(i);
            String field = KEY + "." + key + "[" + i + "]";
            Schedule schedule = Schedule.ofYaml(entry.isTextual() ? entry.asText() : null).orElseThrow(
                () -> problem.apply(entry, field + ": unknown schedule '" + entry.asText() + "': expected one of "
                    + Schedule.names()));
            if (read.contains(schedule)) {
                throw problem.apply(entry, field + ": '" + schedule.yamlName() + "' twice: each schedule is run once");
            }
            read.add(schedule);
        }
        return read;
    }
}
