package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The command of a batch script that starts the program: {@code mpjrun.sh -np N -dev D [-cp CP] CLASS ARGS},
 * read as written (a variable stays {@code $SLURM_NTASKS}; quotes are dropped), so that the check can say what the
 * script asks for. What the shell made of it is what the job records when it runs.
 *
 * @param line      its line number, from 1 (the first of a command continued with {@code \})
 * @param text      the command, continuation lines joined
 * @param np        the word after {@code -np}, or null when there is none
 * @param device    the word after {@code -dev}, or null when there is none (MPJ Express then uses multicore)
 * @param mainClass the class it runs, or null when it names none
 * @param arguments the program's arguments, up to a redirection, pipe, separator or comment
 */
public record MpjrunLine(int line, String text, String np, String device, String mainClass, List<String> arguments) {
    private static final Set<String> LAUNCHERS = Set.of("mpjrun.sh", "mpjrun");
    /** Options of mpjrun.sh that take a value. */
    private static final Set<String> WITH_VALUE = Set.of("-np", "-dev", "-cp", "-classpath", "-wdir", "-machinesfile",
        "-mpjport", "-dport");
    private static final Pattern NTASKS = Pattern.compile("\\$(SLURM_NTASKS|\\{SLURM_NTASKS})");
    /** Words that end a command's arguments: redirections, pipes, separators, comments. */
    private static final Pattern END = Pattern.compile("[0-9&]?[<>|;&#].*|&&|\\|\\|");

    public MpjrunLine {
        arguments = List.copyOf(arguments);
    }

    /** Whether {@code -np} takes the job's task count: {@code $SLURM_NTASKS}, braces and quotes allowed. */
    public boolean npFromSlurm() {
        return np != null && NTASKS.matcher(np).matches();
    }

    /** The {@code -np} count when it is written as a number, else empty. */
    public Optional<Integer> npLiteral() {
        return np == null ? Optional.empty() : SlurmScript.positive(np);
    }

    /** The first command from line {@code from} on that runs mpjrun.sh. */
    static Optional<MpjrunLine> find(List<String> lines, int from) {
        for (int i = from - 1; i < lines.size(); i++) {
            int start = i;
            StringBuilder command = new StringBuilder(lines.get(i).strip());
            while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines.get(++i).strip());
            }
            if (command.toString().startsWith("#")) {
                continue;
            }
            Optional<MpjrunLine> launch = parse(start + 1, command.toString());
            if (launch.isPresent()) {
                return launch;
            }
        }
        return Optional.empty();
    }

    private static Optional<MpjrunLine> parse(int line, String command) {
        List<String> words = words(command);
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).startsWith("#")) {
                words = words.subList(0, i);
            }
        }
        int at = -1;
        for (int i = 0; i < words.size() && at < 0; i++) {
            String name = words.get(i).substring(words.get(i).lastIndexOf('/') + 1);
            if (LAUNCHERS.contains(name)) {
                at = i; // after "cd dir &&", "time" or the like too
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        String np = null;
        String device = null;
        int i = at + 1;
        for (; i < words.size() && words.get(i).startsWith("-") && !END.matcher(words.get(i)).matches(); i++) {
            String word = words.get(i);
            if (WITH_VALUE.contains(word) && i + 1 < words.size()) {
                if (word.equals("-np")) {
                    np = words.get(i + 1);
                } else if (word.equals("-dev")) {
                    device = words.get(i + 1);
                }
                i++;
            }
        }
        String mainClass = i < words.size() && !END.matcher(words.get(i)).matches() ? words.get(i) : null;
        List<String> arguments = new ArrayList<>();
        for (int j = i + 1; mainClass != null && j < words.size() && !END.matcher(words.get(j)).matches(); j++) {
            arguments.add(words.get(j));
        }
        return Optional.of(new MpjrunLine(line, command, np, device, mainClass, arguments));
    }

    /** The words of a shell line: split at blanks outside quotes, quotes dropped, {@code $} kept as written. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
