package org.mpjgrader.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.TestCourse;
import org.mpjgrader.cli.Main;
import org.mpjgrader.grading.GradingListener;
import org.mpjgrader.grading.GradingSession;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Visibility;
import org.mpjgrader.spec.Course;
import org.mpjgrader.spec.ExercisePackage;

/**
 * The repository students get: what is in it, what is not, and that its recorded expected output grades the
 * skeletons as unfinished and the reference solutions as right, without the solutions being there.
 */
class ExportStudentTest {
    @TempDir
    static Path temp;

    static Path student;
    static int exitCode;

    @BeforeAll
    static void export() {
        student = temp.resolve("student");
        exitCode = Main.run(new String[] {"export-student", student.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void holdsTheExercisesTheHarnessAndTheRecordedOutputButNoSolutionsOrGraderTests() {
        assertThat(exitCode).isZero();
        assertThat(student.resolve("exercises/src/main/java/hello/HelloWorld.java")).exists();
        assertThat(student.resolve("exercises/tasks/hello.md")).exists();
        assertThat(student.resolve("course/hello/exercise.yaml")).exists();
        assertThat(student.resolve("course/exercise.schema.json")).exists();
        assertThat(student.resolve("exercises/src/test/java/course/ExercisesTest.java")).exists();
        assertThat(student.resolve("grader/src/main/java/org/mpjgrader/grading/Grader.java")).exists();
        assertThat(student.resolve("src/main/java/org/mpjgrader/runner/RankRunner.java")).exists();
        assertThat(student.resolve(GradingSession.RECORDED)).exists();
        assertThat(student.resolve("grader/grade")).isExecutable();
        assertThat(student.resolve("ci/test")).isExecutable();
        assertThat(student.resolve("bin/mpjrun")).isExecutable();
        assertThat(student.resolve(".devcontainer/devcontainer.json")).exists();
        assertThat(student.resolve(".mvn/maven.config")).content().contains("--quiet");
        assertThat(student.resolve("solutions")).doesNotExist();
        assertThat(student.resolve("grader/src/test")).doesNotExist();
        assertThat(student.resolve("README.md")).content().contains("ci/test", "grader/grade --only hello",
            "bin/mpjrun -np 4 -dev multicore hello.HelloWorld", "mvn verify -Dexercise=hello", "MPJ_HOME");
    }

    /** Every package's skeleton, task and visible checks go to students; its reference and samples never do. */
    @Test
    void holdsEachPackagesSkeletonTaskAndChecksButNeverItsReferenceOrSamples() throws Exception {
        List<ExercisePackage> packages = Course.load(TestCourse.root()).packages();
        assertThat(packages).extracting(ExercisePackage::id).contains("ring");
        for (ExercisePackage p : packages) {
            assertThat(student.resolve(p.skeleton())).as(p.id()).exists();
            assertThat(student.resolve(p.spec().task())).as(p.id()).exists();
            assertThat(student.resolve("course/" + p.id() + "/exercise.yaml")).as(p.id())
                .hasSameTextualContentAs(p.file());
            assertThat(student.resolve(p.reference())).as(p.id()).doesNotExist();
            assertThat(p.samples()).as(p.id()).isNotEmpty();
            p.samples().values().stream().flatMap(List::stream)
                .forEach(sample -> assertThat(student.resolve(sample)).as(p.id()).doesNotExist());
        }
    }

    /** The packages' samples, {@code course/<id>/submissions/}, hold right answers: nothing of them goes out. */
    @Test
    void holdsNoneOfThePackagesSamples() throws Exception {
        assertThat(TestCourse.root().resolve("course/rootsum/submissions/accepted/rootsum-correct-allreduce"))
            .isDirectory();
        try (Stream<Path> files = Files.walk(student.resolve("course"))) {
            assertThat(files.map(f -> student.relativize(f).toString().replace('\\', '/')))
                .contains("course/rootsum/exercise.yaml")
                .noneMatch(f -> f.matches("course/[^/]+/submissions(/.*)?"));
        }
        assertThat(Course.load(student).packages()).allSatisfy(p -> assertThat(p.samples()).as(p.id()).isEmpty());
    }

    @Test
    void holdsTheHomeworkPackagesSkeletonsAndTasksButNotTheirReferencesOrSamples() throws Exception {
        for (String file : List.of("course/mandelbrot-reduce/exercise.yaml", "exercises/tasks/mandelbrot-reduce.md",
            "exercises/src/main/java/mandelbrot/MandelbrotReduce.java", "course/masterslave-mandelbrot/exercise.yaml",
            "exercises/tasks/masterslave-mandelbrot.md", "exercises/src/main/java/masterslave/MandelbrotFarm.java")) {
            assertThat(student.resolve(file)).as(file).exists();
        }
        // The skeletons, not the references.
        for (String file : List.of("mandelbrot/MandelbrotReduce.java", "masterslave/MandelbrotFarm.java")) {
            String exported = Files.readString(student.resolve("exercises/src/main/java/" + file));
            assertThat(exported).as(file)
                .isEqualTo(Files.readString(TestCourse.root().resolve("exercises/src/main/java/" + file)))
                .isNotEqualTo(Files.readString(TestCourse.root().resolve("solutions/src/main/java/" + file)));
        }
        assertThat(student.resolve(GradingSession.RECORDED)).content()
            .contains("mandelbrot-reduce", "masterslave-mandelbrot");
        try (Stream<Path> files = Files.walk(student)) {
            assertThat(files.map(f -> student.relativize(f).toString()))
                .noneMatch(f -> f.contains("masterslave-mandelbrot-") || f.contains("mandelbrot-reduce-"));
        }
    }

    @Test
    void holdsEveryScriptItsCommandsRun() throws Exception {
        for (String command : new String[] {"grader/grade", "ci/test"}) {
            Matcher called = Pattern.compile("(?m)^\\s*\"\\$root/([^\"]+)\"").matcher(
                Files.readString(student.resolve(command)));
            List<String> scripts = new ArrayList<>();
            while (called.find()) {
                scripts.add(called.group(1));
            }
            assertThat(scripts).as(command).isNotEmpty()
                .allSatisfy(script -> assertThat(student.resolve(script)).as(command + " runs").isExecutable());
        }
        assertThat(student.resolve("ci/install-sandbox")).isExecutable();
    }

    @Test
    void itsBuildHasNoSolutionsModule() throws Exception {
        assertThat(Files.readString(student.resolve("pom.xml"))).doesNotContain("<module>solutions</module>")
            .contains("<module>exercises</module>");
    }

    @Test
    void theRecordedOutputGradesTheSkeletonsAsUnfinished() {
        GradingResult result = grade(student.resolve("exercises/src/main"));

        assertThat(result.exercises()).allSatisfy(e -> assertThat(e.runs()).extracting(RunGrade::verdict)
            .allMatch(v -> v.name().equals("NOT_IMPLEMENTED")));
    }

    @Test
    void theRecordedOutputGradesTheReferenceSolutionsAsRightOnVisibleRunsOnly() {
        GradingResult result = grade(TestCourse.root().resolve("solutions/src/main"));

        assertThat(result.exercises()).flatExtracting(e -> e.runs()).extracting(RunGrade::message).containsOnly("");
        assertThat(result.exercises()).flatExtracting(e -> e.runs()).extracting(RunGrade::visibility)
            .containsOnly(Visibility.VISIBLE);
    }

    @Test
    void refusesADirectoryThatIsNotEmpty() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"export-student", student.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().findFirst()).hasValue(student + " is not empty");
    }

    private static GradingResult grade(Path submission) {
        return new GradingSession(student, Clock.systemUTC(), "test").grade(submission, Course.standard().exercises(),
            1, true, temp.resolve("scratch-" + submission.getFileName() + System.nanoTime()), new GradingListener() { });
    }

}
