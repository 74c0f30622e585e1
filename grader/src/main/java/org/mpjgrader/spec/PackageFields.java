package org.mpjgrader.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.utils.JsonNodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.mpjgrader.check.CheckKind;
import org.mpjgrader.check.CheckSettingsException;
import org.mpjgrader.check.ContractArguments;
import org.mpjgrader.check.ExerciseCheck;
import org.mpjgrader.check.ParallelCheck;
import org.mpjgrader.launch.RunLimits;
import org.mpjgrader.result.Verdict;

/**
 * A package's fields, which the schema has checked, built into an {@link ExercisePackage}; what the schema cannot
 * say (the folder's name, check kinds and their settings, names the draws refer to) is checked here, each problem
 * at the place of the node it concerns.
 */
final class PackageFields {
    private final Path file;
    private final JsonNode root;
    private final Map<String, CheckKind> kinds;
    private final Map<String, GeneratorKind> generators;
    private final Matchings courseMatchings;

    /** @param courseMatchings the course's schedules, which a package without {@code matchings} is explored under */
    PackageFields(Path file, JsonNode root, Map<String, CheckKind> kinds, Map<String, GeneratorKind> generators,
                  Matchings courseMatchings) {
        this.file = file;
        this.root = root;
        this.kinds = kinds;
        this.generators = generators;
        this.courseMatchings = courseMatchings;
    }

    ExercisePackage exercisePackage() {
        String id = root.get("id").asText();
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !folder.getFileName().toString().equals(id)) {
            throw problem(root.get("id"), "id '" + id + "' is not the package's folder name '"
                + folder.getFileName() + "'");
        }
        String lesson = String.format(Locale.ROOT, "%02d %s", root.get("lesson").asInt(), root.get("title").asText());
        ContractArguments arguments = contractArguments();
        ExerciseSpec spec = new ExerciseSpec(id, lesson, root.get("main_class").asText(), integers(root.get("rank_counts")),
            root.get("points_per_run").asDouble(), limits(), checks(arguments), root.get("task").asText(),
            texts(root.path("visible_inputs")), hiddenInputs(arguments.names()), texts(root.path("collect_files")),
            parallelRuns(), arguments, matchings());
        return new ExercisePackage(file, spec, root.get("skeleton").asText(), root.get("reference").asText(),
            samples(), texts(root.path("sample_files")));
    }

    private ContractArguments contractArguments() {
        List<String> names = texts(root.path("arguments"));
        JsonNode split = root.get("split");
        if (split == null) {
            return new ContractArguments(names, List.of());
        }
        if (!names.contains(split.asText())) {
            throw problem(split, "split '" + split.asText() + "' is not one of the arguments " + names);
        }
        return new ContractArguments(names, List.of(split.asText()));
    }

    private RunLimits limits() {
        JsonNode limits = root.path("limits");
        RunLimits run = RunLimits.DEFAULT;
        if (limits.has("wall_time_s")) {
            run = run.withWallTime(Duration.ofSeconds(limits.get("wall_time_s").asLong()));
        }
        if (limits.has("heap_mb")) {
            run = run.withHeapMegabytes(limits.get("heap_mb").asInt());
        }
        return run;
    }

    /** Each entry's kind builds on what the entries above it built; a kind's problem is at its node, or the entry. */
    private ExerciseCheck checks(ContractArguments arguments) {
        ExerciseCheck check = null;
        for (JsonNode entry : root.get("checks")) {
            String name = entry.get("kind").asText();
            CheckKind kind = kinds.get(name);
            if (kind == null) {
                throw problem(entry.get("kind"), "unknown check kind '" + name + "': expected one of "
                    + String.join(", ", kinds.keySet()));
            }
            try {
                check = kind.create(entry, check, arguments);
            } catch (CheckSettingsException e) {
                throw problem(e.at() == null ? entry : e.at(), e.getMessage());
            } catch (IllegalArgumentException e) {
                throw problem(entry, e.getMessage());
            }
        }
        return check;
    }

    private InputGenerator hiddenInputs(List<String> names) {
        JsonNode hidden = root.get("hidden_inputs");
        if (hidden == null) {
            return InputGenerator.NONE;
        }
        if (!hidden.has("arguments")) {
            String name = hidden.fieldNames().next();
            GeneratorKind kind = generators.get(name);
            if (kind == null) {
                throw problem(hidden, "unknown hidden-input generator '" + name + "': expected arguments"
                    + (generators.isEmpty() ? "" : " or one of " + String.join(", ", generators.keySet())));
            }
            try {
                return kind.create(hidden.get(name), names);
            } catch (IllegalArgumentException e) {
                throw problem(hidden.get(name), e.getMessage());
            }
        }
        JsonNode draws = hidden.get("arguments");
        if (!names.isEmpty() && draws.size() != names.size()) {
            throw problem(draws, draws.size() + " draws for the " + names.size() + " arguments " + names);
        }
        List<ArgumentDraw> parsed = new ArrayList<>();
        for (JsonNode draw : draws) {
            parsed.add(draw(draw, names.subList(0, Math.min(parsed.size(), names.size()))));
        }
        return new DrawnArguments(names, parsed);
    }

    private ArgumentDraw draw(JsonNode draw, List<String> drawnBefore) {
        if (draw.has("text")) {
            return new ArgumentDraw.Text(draw.get("text").asText());
        }
        if (draw.has("decimal")) {
            JsonNode decimal = draw.get("decimal");
            JsonNode relative = decimal.get("relative_to");
            if (relative != null && !drawnBefore.contains(relative.asText())) {
                throw problem(relative, "relative_to '" + relative.asText() + "' is not an argument drawn before "
                    + "this one " + drawnBefore);
            }
            return new ArgumentDraw.Decimal(decimal.get("min").asDouble(), decimal.get("width").asDouble(),
                relative == null ? null : relative.asText(), decimal.path("decimals").asInt(3));
        }
        JsonNode whole = draw.get("whole");
        ArgumentDraw.WholeNumber number = new ArgumentDraw.WholeNumber(whole.get("min").asLong(),
            whole.get("max").asLong(), integers(whole.path("not_divisible_by")), whole.path("add").asLong(0));
        if (!number.wholeBlocks()) {
            throw problem(whole, "min must not exceed max, and with not_divisible_by, min must be a multiple of "
                + number.period() + " and max one less than a multiple of it (the draw picks a block of "
                + number.period() + ", then a number in it)");
        }
        return number;
    }

    private ParallelRuns parallelRuns() {
        JsonNode parallel = root.get("parallel");
        if (parallel == null) {
            return ParallelRuns.NONE;
        }
        return new ParallelRuns(texts(parallel.get("arguments")), integers(parallel.get("rank_counts")),
            parallel.path("root_works").asBoolean(true),
            parallel.path("share_of_reference").asDouble(ParallelCheck.SHARE_OF_REFERENCE));
    }

    /** The package's {@code matchings}, else the course's. */
    private Matchings matchings() {
        JsonNode matchings = root.get(Matchings.KEY);
        if (matchings == null) {
            return courseMatchings;
        }
        Matchings read = Matchings.read(matchings, courseMatchings, this::problem);
        // A rank count the exercise does not run at would explore nothing, silently: named where it is written.
        List<Integer> runAt = integers(root.get("rank_counts"));
        JsonNode written = matchings.path(Matchings.RANK_COUNTS);
        for (int i = 0; i < written.size(); i++) {
            if (!runAt.contains(written.get(i).asInt())) {
                throw problem(written.get(i), Matchings.KEY + "." + Matchings.RANK_COUNTS + "[" + i + "]: "
                    + written.get(i).asInt() + " is not one of the exercise's rank counts " + runAt);
            }
        }
        return read;
    }

    /**
     * The samples in the package's {@code submissions/} folder, Kattis style (each folder of
     * {@code submissions/<verdict>/} is one, with that verdict), then those the {@code samples} key names elsewhere.
     */
    private Map<Verdict, List<String>> samples() {
        Map<Verdict, List<String>> samples = new EnumMap<>(Verdict.class);
        submissions(samples);
        root.path("samples").fields().forEachRemaining(e -> samples.computeIfAbsent(
            ExercisePackage.SAMPLE_FOLDERS.get(e.getKey()), v -> new ArrayList<>()).addAll(texts(e.getValue())));
        return samples;
    }

    /** Adds each folder of {@code submissions/<verdict>/}, relative to the course's root, under its verdict. */
    private void submissions(Map<Verdict, List<String>> samples) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path submissions = folder == null ? null : folder.resolve(ExercisePackage.SUBMISSIONS);
        if (submissions == null || !Files.isDirectory(submissions)) {
            return;
        }
        // The package is course/<id>/exercise.yaml: its paths are relative to the folder above course/.
        Path courseRoot = folder.getParent() == null ? null : folder.getParent().getParent();
        for (Path verdictFolder : entries(submissions)) {
            String key = verdictFolder.getFileName().toString();
            Verdict verdict = ExercisePackage.SAMPLE_FOLDERS.get(key);
            if (verdict == null || !Files.isDirectory(verdictFolder)) {
                throw new PackageException(new PackageProblem(file, 0, 0, "unknown verdict folder "
                    + ExercisePackage.SUBMISSIONS + "/" + key + "/: expected one of "
                    + String.join(", ", new TreeSet<>(ExercisePackage.SAMPLE_FOLDERS.keySet()))));
            }
            for (Path sample : entries(verdictFolder)) {
                if (!Files.isDirectory(sample)) {
                    throw new PackageException(new PackageProblem(file, 0, 0, ExercisePackage.SUBMISSIONS + "/" + key
                        + "/" + sample.getFileName() + " is not a folder: each sample is a submission's folder, "
                        + ExercisePackage.SUBMISSIONS + "/" + key + "/<name>/"));
                }
                String path = courseRoot == null ? sample.toString()
                    : courseRoot.relativize(sample).toString().replace(sample.getFileSystem().getSeparator(), "/");
                samples.computeIfAbsent(verdict, v -> new ArrayList<>()).add(path);
            }
        }
    }

    /** A folder's entries by name, hidden ones ({@code .gitkeep}, {@code .DS_Store}) left out. */
    private static List<Path> entries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(e -> !e.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PackageException problem(JsonNode node, String what) {
        JsonLocation at = node == null ? null : JsonNodes.tokenStreamLocationOf(node);
        return new PackageException(at == null ? new PackageProblem(file, 0, 0, what)
            : new PackageProblem(file, at.getLineNr(), at.getColumnNr(), what));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<Integer> integers(JsonNode array) {
        List<Integer> integers = new ArrayList<>();
        array.forEach(n -> integers.add(n.asInt()));
        return integers;
    }
}
