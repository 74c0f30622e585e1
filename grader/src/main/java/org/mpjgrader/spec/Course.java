package org.mpjgrader.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The exercises of the course, in the order of its lessons (then by id), as their packages declare them: one
 * folder per exercise under the course's {@code course/}, each with an {@code exercise.yaml}
 * (docs/course-packages.md). Adding an exercise is adding a package; no class of the grader names one.
 */
public final class Course {
    /** The folder of the packages, in the course's root. */
    public static final String FOLDER = "course";
    /** Each package's file. */
    public static final String PACKAGE_FILE = "exercise.yaml";

    private final List<ExercisePackage> packages;
    private final CourseSettings settings;

    public Course(List<ExercisePackage> packages) {
        this(packages, CourseSettings.DEFAULT);
    }

    public Course(List<ExercisePackage> packages, CourseSettings settings) {
        this.packages = packages.stream()
            .sorted(Comparator.comparing((ExercisePackage p) -> p.spec().lesson()).thenComparing(ExercisePackage::id))
            .toList();
        this.settings = settings;
    }

    /** The course whose root the {@code course.root} property names (the working folder without it). */
    public static Course standard() {
        return load(Path.of(System.getProperty("course.root", ".")));
    }

    /**
     * Reads every package of the course at {@code courseRoot}.
     *
     * @throws PackageException naming each package that cannot be read, with the file, line and column
     */
    public static Course load(Path courseRoot) {
        Reading reading = read(courseRoot);
        if (!reading.problems().isEmpty()) {
            throw new PackageException(reading.problems());
        }
        return new Course(reading.packages(), reading.settings());
    }

    /**
     * The packages of the course that can be read, and the problems of those that cannot (and of
     * {@code course/course.yaml}: then its defaults).
     */
    public record Reading(List<ExercisePackage> packages, List<PackageProblem> problems, CourseSettings settings) {
    }

    /**
     * Reads {@code course/course.yaml}, then every package of the course at {@code courseRoot} (a package without
     * its own {@code matchings} takes the course's), going on past those that cannot be read.
     */
    public static Reading read(Path courseRoot) {
        List<PackageProblem> problems = new ArrayList<>();
        CourseSettings settings = CourseSettings.DEFAULT;
        try {
            settings = CourseSettings.read(courseRoot);
        } catch (PackageException e) {
            problems.addAll(e.problems());
        }
        PackageReader reader = new PackageReader(settings.matchings());
        List<ExercisePackage> packages = new ArrayList<>();
        List<PackageProblem> packageProblems = new ArrayList<>();
        for (Path file : packageFiles(courseRoot)) {
            try {
                packages.add(reader.read(file));
            } catch (PackageException e) {
                packageProblems.addAll(e.problems());
            }
        }
        packageProblems.addAll(problems);
        return new Reading(new Course(packages).packages(), packageProblems, settings);
    }

    /** {@code course/<id>/exercise.yaml} of every folder that has one. */
    static List<Path> packageFiles(Path courseRoot) {
        Path folder = courseRoot.resolve(FOLDER).normalize();
        if (!Files.isDirectory(folder)) {
            throw new PackageException(new PackageProblem(folder, 0, 0,
                "no such folder: the course's packages are in course/<id>/" + PACKAGE_FILE));
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(e -> e.resolve(PACKAGE_FILE)).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What holds for the whole course ({@code course/course.yaml}). */
    public CourseSettings settings() {
        return settings;
    }

    public List<ExercisePackage> packages() {
        return packages;
    }

    public List<ExerciseSpec> exercises() {
        return packages.stream().map(ExercisePackage::spec).toList();
    }

    public Optional<ExerciseSpec> find(String id) {
        return exercises().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return exercises().stream().map(ExerciseSpec::id).toList();
    }
}
