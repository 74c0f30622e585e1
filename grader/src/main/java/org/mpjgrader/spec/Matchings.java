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
 * @param schedules the schedules, each once; none: the exercise's runs are not explored
 */
public record Matchings(List<Schedule> schedules) {
    /** The key, in {@code exercise.yaml} and {@code course.yaml}. */
    static final String KEY = "matchings";
    static final String SCHEDULES = "schedules";
    /** Lowest rank first, highest rank first, one drawn from the grading's seed. */
    public static final Matchings DEFAULT = new Matchings(List.of(Schedule.LOWEST, Schedule.HIGHEST, Schedule.RANDOM));
    /** No exploration. */
    public static final Matchings NONE = new Matchings(List.of());

    public Matchings {
        schedules = List.copyOf(schedules);
        if (schedules.stream().distinct().count() != schedules.size()) {
            throw new IllegalArgumentException("a schedule twice in " + schedules);
        }
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
        return !schedules.isEmpty();
    }

    /** The schedules as run requests name them, with the grading's seed. */
    public List<String> requests(long seed) {
        return schedules.stream().map(s -> s.request(seed)).toList();
    }

    /**
     * Reads a {@code matchings} mapping ({@code schedules: [lowest, highest, random]}); without {@code schedules},
     * {@code otherwise}. What is wrong is a problem at its node, made by {@code problem}.
     */
    static Matchings read(JsonNode matchings, Matchings otherwise,
                          BiFunction<JsonNode, String, PackageException> problem) {
        if (!matchings.isObject()) {
            throw problem.apply(matchings, KEY + ": expected a mapping (" + SCHEDULES + ": [" + Schedule.names()
                + "])");
        }
        for (Iterator<String> names = matchings.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(SCHEDULES)) {
                throw problem.apply(matchings.get(name), KEY + ": unknown setting '" + name + "': expected "
                    + SCHEDULES);
            }
        }
        JsonNode schedules = matchings.get(SCHEDULES);
        if (schedules == null) {
            return otherwise;
        }
        if (!schedules.isArray()) {
            throw problem.apply(schedules, KEY + "." + SCHEDULES + ": expected a list of schedules, each one of "
                + Schedule.names() + " ([] for none)");
        }
        List<Schedule> read = new ArrayList<>();
        for (int i = 0; i < schedules.size(); i++) {
            JsonNode entry = schedules.get(i);
            String field = KEY + "." + SCHEDULES + "[" + i + "]";
            Schedule schedule = Schedule.ofYaml(entry.isTextual() ? entry.asText() : null).orElseThrow(
                () -> problem.apply(entry, field + ": unknown schedule '" + entry.asText() + "': expected one of "
                    + Schedule.names()));
            if (read.contains(schedule)) {
                throw problem.apply(entry, field + ": '" + schedule.yamlName() + "' twice: each schedule is run once");
            }
            read.add(schedule);
        }
        return new Matchings(read);
    }
}
