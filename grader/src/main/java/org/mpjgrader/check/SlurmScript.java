package org.mpjgrader.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SLURM batch script as {@code sbatch} reads it. Directives are the {@code #SBATCH} lines above the first
 * command (the first line that is neither blank nor a comment): sbatch reads no directive after it, so those are
 * kept apart, as {@code ignored}. A line may hold several options, in either form ({@code --ntasks=8},
 * {@code --ntasks 8}, {@code -n 8}, {@code -n8}); a word starting with {@code #} ends it. The same option given
 * twice counts once, the last time, as in sbatch.
 *
 * @param lines           the script's lines
 * @param windowsLineEnds whether lines end with {@code \r\n}, which sbatch refuses
 * @param directives      the options sbatch reads, in order
 * @param ignored         the {@code #SBATCH} lines after the first command
 * @param firstCommand    the line number (from 1) of the first command, 0 when there is none
 * @param launch          the first command that runs {@code mpjrun.sh}, if any
 */
public record SlurmScript(List<String> lines, boolean windowsLineEnds, List<Directive> directives,
                         List<Directive> ignored, int firstCommand, Optional<MpjrunLine> launch) {

    /** Options by their short letter. */
    private static final Map<Character, String> SHORT = Map.ofEntries(Map.entry('J', "job-name"),
        Map.entry('o', "output"), Map.entry('e', "error"), Map.entry('t', "time"), Map.entry('N', "nodes"),
        Map.entry('n', "ntasks"), Map.entry('c', "cpus-per-task"), Map.entry('p', "partition"),
        Map.entry('A', "account"), Map.entry('q', "qos"), Map.entry('D', "chdir"), Map.entry('C', "constraint"),
        Map.entry('w', "nodelist"), Map.entry('x', "exclude"), Map.entry('a', "array"), Map.entry('d', "dependency"),
        Map.entry('L', "licenses"), Map.entry('i', "input"));
    /** Long options that take a value even when written {@code --name value}; others written so are flags. */
    private static final Set<String> WITH_VALUE = Set.of("job-name", "output", "error", "time", "nodes", "ntasks",
        "cpus-per-task", "partition", "account", "qos", "chdir", "constraint", "nodelist", "exclude", "array",
        "dependency", "licenses", "input", "mem", "mem-per-cpu", "mem-per-gpu", "ntasks-per-node", "mail-type",
        "mail-user", "gres", "gpus", "begin", "export", "reservation", "time-min", "signal", "comment");
    private static final Pattern TIME = Pattern.compile(
        "(?:(\\d+)-)?(\\d+)(?::(\\d+))?(?::(\\d+))?");
    private static final Pattern MEMORY = Pattern.compile("\\d+[KMGTkmgt]?[Bb]?");

    /**
     * One option of a directive.
     *
     * @param line    its line number, from 1
     * @param option  its long name without dashes ({@code ntasks} for {@code -n} too)
     * @param value   its value ({@code ""} for a flag)
     * @param written as the script writes it, for messages ({@code -n 8}, {@code --ntasks=8})
     */
    public record Directive(int line, String option, String value, String written) {
    }

    public SlurmScript {
        lines = List.copyOf(lines);
        directives = List.copyOf(directives);
        ignored = List.copyOf(ignored);
    }

    public static SlurmScript parse(String text) {
        List<String> lines = text.lines().toList();
        List<Directive> directives = new ArrayList<>();
        List<Directive> ignored = new ArrayList<>();
        int firstCommand = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (isDirective(line)) {
                List<Directive> options = options(i + 1, line.substring("#SBATCH".length()));
                (firstCommand == 0 ? directives : ignored).addAll(options);
            } else if (firstCommand == 0 && !stripped.isEmpty() && !stripped.startsWith("#")) {
                firstCommand = i + 1;
            }
        }
        return new SlurmScript(lines, text.contains("\r\n"), directives, ignored, firstCommand,
            firstCommand == 0 ? Optional.empty() : MpjrunLine.find(lines, firstCommand));
    }

    /** Whether the first line names the interpreter ({@code #!/bin/bash}): sbatch refuses a script without. */
    public boolean hasInterpreterLine() {
        return !lines.isEmpty() && lines.get(0).startsWith("#!");
    }

    /** The directive of {@code option} sbatch uses: the last one given. */
    public Optional<Directive> directive(String option) {
        Directive found = null;
        for (Directive d : directives) {
            if (d.option().equals(option)) {
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The value of {@code option} as a count, empty when it is missing or not a positive number. */
    public Optional<Integer> count(String option) {
        return directive(option).flatMap(d -> positive(d.option().equals("nodes") ? d.value().split("-")[0] : d.value()));
    }

    /** The {@code --time} limit, empty when none is given, it is unlimited, or it is not a time sbatch reads. */
    public Optional<Duration> timeLimit() {
        return directive("time").flatMap(d -> time(d.value()));
    }

    /** Whether sbatch reads {@code value} as a time: minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS. */
    static boolean isTime(String value) {
        return time(value).isPresent() || List.of("UNLIMITED", "INFINITE", "0").contains(value);
    }

    /** Whether sbatch reads {@code value} as a memory size: megabytes, or with a unit K, M, G or T. */
    static boolean isMemory(String value) {
        return MEMORY.matcher(value).matches();
    }

    static Optional<Integer> positive(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            return n > 0 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> time(String value) {
        Matcher m = TIME.matcher(value);
        if (!m.matches() || value.equals("0")) {
            return Optional.empty();
        }
        long[] parts = {m.group(2) == null ? 0 : Long.parseLong(m.group(2)),
            m.group(3) == null ? -1 : Long.parseLong(m.group(3)), m.group(4) == null ? -1 : Long.parseLong(m.group(4))};
        long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        Duration d;
        if (m.group(1) != null) { // D-HH[:MM[:SS]]
            d = Duration.ofDays(days).plusHours(parts[0]).plusMinutes(Math.max(parts[1], 0))
                .plusSeconds(Math.max(parts[2], 0));
        } else if (parts[1] < 0) { // minutes
            d = Duration.ofMinutes(parts[0]);
        } else if (parts[2] < 0) { // MM:SS
            d = Duration.ofMinutes(parts[0]).plusSeconds(parts[1]);
        } else { // HH:MM:SS
            d = Duration.ofHours(parts[0]).plusMinutes(parts[1]).plusSeconds(parts[2]);
        }
        return Optional.of(d);
    }

    private static boolean isDirective(String line) {
        return line.startsWith("#SBATCH") && (line.length() == 7 || Character.isWhitespace(line.charAt(7)));
    }

    private static List<Directive> options(int line, String text) {
        List<String> words = MpjrunLine.words(text);
        List<Directive> options = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("#")) {
                break;
            }
            String next = i + 1 < words.size() ? words.get(i + 1) : null;
            if (word.startsWith("--") && word.length() > 2) {
                int eq = word.indexOf('=');
                if (eq > 0) {
                    options.add(new Directive(line, word.substring(2, eq), word.substring(eq + 1), word));
                } else if (WITH_VALUE.contains(word.substring(2)) && next != null) {
                    options.add(new Directive(line, word.substring(2), next, word + " " + next));
                    i++;
                } else {
                    options.add(new Directive(line, word.substring(2), "", word));
                }
            } else if (word.startsWith("-") && word.length() >= 2 && SHORT.containsKey(word.charAt(1))) {
                String option = SHORT.get(word.charAt(1));
                if (word.length() > 2) { // -n8; as getopt reads it, -n=8 is the value "=8"
                    options.add(new Directive(line, option, word.substring(2), word));
                } else if (next != null) {
                    options.add(new Directive(line, option, next, word + " " + next));
                    i++;
                }
            }
        }
        return options;
    }
}
