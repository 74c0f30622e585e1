package org.mpjgrader.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.TestCourse;
import org.mpjgrader.check.OutputCheck;
import org.mpjgrader.check.SlurmScriptCheck;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.spec.Matchings.Schedule;

/** The course's packages declare what the Java course did, draw the same hidden inputs, and say what is wrong. */
class CoursePackagesTest {
    @TempDir
    Path temp;

    private static final List<Integer> RANKS = List.of(1, 2, 3, 4, 8);

    @Test
    void thePackagesDeclareTheJavaCoursesExercisesInItsOrder() {
        List<ExerciseSpec> java = JavaCourse.exercises();
        List<ExerciseSpec> loaded = javaCoursesOwn(java);

        assertThat(loaded).extracting(ExerciseSpec::id).containsExactlyElementsOf(java.stream().map(ExerciseSpec::id).toList());
        for (int i = 0; i < java.size(); i++) {
            ExerciseSpec p = loaded.get(i);
            ExerciseSpec j = java.get(i);
            assertThat(List.of(p.lesson(), p.mainClass(), p.rankCounts(), p.pointsPerRun(), p.limits(), p.task(),
                p.visibleArguments(), p.collectFiles(), p.parallelRuns(), p.contractArguments(), p.hasHiddenRuns(),
                p.check().getClass(), p.check().needsReference(), p.sourcePath(), p.studentPath()))
                .as(j.id())
                .isEqualTo(List.of(j.lesson(), j.mainClass(), j.rankCounts(), j.pointsPerRun(), j.limits(), j.task(),
                    j.visibleArguments(), j.collectFiles(), j.parallelRuns(), j.contractArguments(), j.hasHiddenRuns(),
                    j.check().getClass(), j.check().needsReference(), j.sourcePath(), j.studentPath()));
            if (j.check() instanceof OutputCheck output) {
                assertThat(((OutputCheck) p.check()).describeExpected()).isEqualTo(output.describeExpected());
            }
            if (j.check() instanceof SlurmScriptCheck script) {
                assertThat(((SlurmScriptCheck) p.check()).scriptName()).isEqualTo(script.scriptName());
                assertThat(((SlurmScriptCheck) p.check()).program()).isEqualTo(script.program());
            }
        }
    }

    /** The packages of the exercises the Java course had, in the course's order: those added since have none. */
    private static List<ExerciseSpec> javaCoursesOwn(List<ExerciseSpec> java) {
        List<String> ids = java.stream().map(ExerciseSpec::id).toList();
        return Course.load(TestCourse.root()).exercises().stream().filter(e -> ids.contains(e.id())).toList();
    }

    @Test
    void theHiddenInputsAreTheJavaCoursesDrawsForEverySeed() {
        List<ExerciseSpec> java = JavaCourse.exercises();
        List<ExerciseSpec> loaded = javaCoursesOwn(java);
        for (int i = 0; i < java.size(); i++) {
            InputGenerator p = loaded.get(i).hiddenInputs();
            InputGenerator j = java.get(i).hiddenInputs();
            int seeds = java.get(i).id().equals("masterslave") ? 40 : 500;
            for (long seed = 0; seed < seeds; seed++) {
                Random fromPackage = new Random(seed);
                Random fromJava = new Random(seed);
                for (int np : RANKS) {
                    assertThat(p.arguments(np, fromPackage)).as("%s, seed %d, %d ranks", java.get(i).id(), seed, np)
                        .isEqualTo(j.arguments(np, fromJava));
                }
            }
        }
    }

    @Test
    void everyLessonsCheckKindIsFoundThroughTheServiceLoader() {
        assertThat(Course.load(TestCourse.root()).packages()).extracting(ExercisePackage::id).containsExactly("ring",
            "hello", "p2p", "rootsum", "mandelbrot", "mandelbrot-reduce", "hpc", "masterslave",
            "masterslave-mandelbrot", "matmul", "matmul-distributed");
    }

    @Test
    void brokenYamlNamesTheFileLineAndColumn() throws Exception {
        Path file = write("hello", hello().replace("points_per_run: 1", "points_per_run: [1"));

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":12:7: not valid YAML: while parsing a flow sequence; expected ',' or ']', but got :");
    }

    @Test
    void anUnknownCheckKindNamesTheKindsThereAre() throws Exception {
        Path file = write("hello", hello().replace("kind: lines", "kind: helo"));

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":13:11: unknown check kind 'helo': expected one of lines, mandelbrot, "
                + "masterslave, matmul, slurm-script, taught-calls");
    }

    @Test
    void aSchemaViolationSaysWhatWasExpectedWhereItIs() throws Exception {
        Path file = write("hello", hello().replace("rank_counts: [1, 2, 3, 4]", "rank_counts: [1, two]"));

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":10:18: rank_counts[1]: string found, integer expected");
    }

    @Test
    void aMissingFieldIsNamed() throws Exception {
        Path file = write("hello", hello().replace("main_class: hello.HelloWorld\n", ""));

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":3:1: required property 'main_class' not found");
    }

    @Test
    void aDrawRelativeToAnArgumentNotDrawnBeforeIsNamed() throws Exception {
        Path file = write("hello", hello() + """
            arguments: [a, b]
            hidden_inputs:
              arguments:
                - decimal: {relative_to: b, min: 1.0, width: 2.0}
                - text: x
            """);

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":31:30: relative_to 'b' is not an argument drawn before this one []");
    }

    @Test
    void anIdThatIsNotItsFoldersNameIsNamed() throws Exception {
        Path file = write("hello2", hello());

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":3:5: id 'hello' is not the package's folder name 'hello2'");
    }

    @Test
    void aPackageCopiedUnderANewIdIsAnExerciseOfTheCourse() throws Exception {
        write("hello", hello());
        write("hello-again", hello().replace("id: hello", "id: hello-again"));

        assertThat(Course.load(temp).ids()).containsExactly("hello", "hello-again");
    }

    @Test
    void wholeNumbersNoneOfTheDivisorsDivideAreDrawnFromWholeBlocks() {
        ArgumentDraw.WholeNumber draw = new ArgumentDraw.WholeNumber(120, 251, List.of(2, 3, 4), 0);
        Random random = new Random(3);

        assertThat(IntStream.range(0, 2000).mapToDouble(i -> draw.draw(random, java.util.Map.of()).value()))
            .allMatch(v -> v >= 120 && v <= 251 && v % 2 != 0 && v % 3 != 0);
        assertThat(new ArgumentDraw.WholeNumber(100, 251, List.of(2, 3, 4), 0).wholeBlocks()).isFalse();
    }

    @Test
    void aBatchScriptsArgumentThePackageDoesNotNameIsNamedWhereItIs() throws Exception {
        Path file = rewrite("hpc", "whole: [nr, ni, imax]", "whole: [nr, nx, imax]");

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":" + placeOf(file, "nx, imax") + ": 'nx' is not one of the package's arguments: nr, ni, rei, "
                + "ref, imi, imf, imax, image");
    }

    @Test
    void anUnknownHiddenInputGeneratorNamesTheGeneratorsThereAre() throws Exception {
        Path file = rewrite("masterslave", "on_demand_jobs:", "on_demand_job:");

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":" + placeOf(file, "on_demand_job:") + ": unknown hidden-input generator "
                + "'on_demand_job': expected arguments or one of on_demand_jobs");
    }

    /** The course's package {@code id}, with {@code text} replaced, written into this test's course. */
    private Path rewrite(String id, String text, String replacement) throws Exception {
        return write(id, Files.readString(TestCourse.root().resolve("course/" + id + "/exercise.yaml"))
            .replace(text, replacement));
    }

    /** {@code LINE:COLUMN} of the first {@code text} in the file, both from 1. */
    private static String placeOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int line = 0; line < lines.size(); line++) {
            if (lines.get(line).contains(text)) {
                return (line + 1) + ":" + (lines.get(line).indexOf(text) + 1);
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    private Path write(String folder, String text) throws Exception {
        Path file = temp.resolve("course").resolve(folder).resolve("exercise.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file.normalize();
    }

    @Test
    void aLinesSettingTheSchemaRefusesIsNamedWhereItIs() throws Exception {
        Path file = write("ring", ring().replace("printed_by: every-rank", "printed_by: all-ranks"));

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":23:21: checks[0].lines[0].printed_by: does not have a value in the enumeration "
                + "[\"every-rank\", \"rank-0\"]");
    }

    @Test
    void aLinesCheckWithoutLinesIsNamedWhereItIs() throws Exception {
        Path file = write("ring", ring().replaceAll("(?s)    lines:.*(  - kind: taught-calls)", "$1"));

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":20:5: checks[0]: required property 'lines' not found");
    }

    @Test
    void aMisspeltNameInALinesExpressionIsNamedAtItsLineAndColumn() throws Exception {
        Path file = write("ring", ring().replace("sum(k, 1, steps,", "sum(k, 1, stepz,"));

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":31:21: numbers.total: expression 'sum(k, 1, stepz, (rank - k) mod ranks)': unknown "
                + "name 'stepz' (known: rank, ranks, steps) at column 11");
    }

    @Test
    void aLinesPatternNameWithoutARuleIsNamedAtThePattern() throws Exception {
        Path file = write("ring", ring().replace("after {steps} steps", "after {steps} steps in {ranks}"));

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":22:18: the pattern's {ranks} needs a rule under 'numbers': {equals: EXPRESSION} or "
                + "{reference: true}");
    }

    @Test
    void aLinesWordWithABlankTheCheckCannotFillIsNamedWhereItIs() throws Exception {
        Path file = write("hello", hello().replace("{actual} processes", "{printed} processes"));

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":26:20: numbers.size.wrong: 'reports {printed} processes, but the run has {expected}' "
                + "has a blank {printed}: the blanks are {actual}, {expected}");
    }

    @Test
    void aNearMissTextThePatternLacksIsNamedWhereItIs() throws Exception {
        Path file = write("hello", hello().replace("near_miss: hello", "near_miss: hi"));

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":20:20: near_miss: 'hi' is not in the pattern 'Hello World from rank {rank} of a total "
                + "of {size} processes'");
    }

    @Test
    void aLinesWordTheSchemaRefusesIsNamedWhereItIs() throws Exception {
        Path file = write("hello", hello().replace("shows: all", "shows: every"));

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":21:104: checks[0].lines[0].repeated.shows: does not have a value in the enumeration "
                + "[\"second\", \"all\", \"first\"]");
    }

    @Test
    void eachPackagesSamplesAreTheFoldersOfItsSubmissionsByVerdict() {
        ExercisePackage ring = Course.load(TestCourse.root()).packages().stream()
            .filter(p -> p.id().equals("ring")).findFirst().orElseThrow();

        assertThat(ring.samples()).isEqualTo(Map.of(
            Verdict.PASS, List.of("course/ring/submissions/accepted/ring-correct-nonblocking"),
            Verdict.FAIL, List.of("course/ring/submissions/wrong_answer/ring-wrong-direction"),
            Verdict.DEADLOCK, List.of("course/ring/submissions/deadlock/ring-send-first")));
        for (ExercisePackage p : Course.load(TestCourse.root()).packages()) {
            assertThat(p.samples().get(Verdict.PASS)).as(p.id()).isNotEmpty();
            assertThat(p.samples().values()).as(p.id()).allSatisfy(samples -> assertThat(samples)
                .allSatisfy(s -> assertThat(s).startsWith("course/" + p.id() + "/submissions/")));
        }
    }

    @Test
    void theSamplesKeyAddsFoldersElsewhereAfterThoseOfSubmissions() throws Exception {
        write("hello", hello() + "samples:\n  accepted: [elsewhere/hello-1]\n  deadlock: [elsewhere/hello-2]\n");
        Files.createDirectories(temp.resolve("course/hello/submissions/accepted/hello-b"));
        Files.createDirectories(temp.resolve("course/hello/submissions/accepted/hello-a"));
        Files.createDirectories(temp.resolve("course/hello/submissions/wrong_answer/hello-c"));
        Files.writeString(temp.resolve("course/hello/submissions/.gitkeep"), "");

        assertThat(Course.load(temp).packages().get(0).samples()).isEqualTo(Map.of(
            Verdict.PASS, List.of("course/hello/submissions/accepted/hello-a", "course/hello/submissions/accepted/hello-b",
                "elsewhere/hello-1"),
            Verdict.FAIL, List.of("course/hello/submissions/wrong_answer/hello-c"),
            Verdict.DEADLOCK, List.of("elsewhere/hello-2")));
    }

    @Test
    void anUnknownVerdictFolderIsNamedWithTheFoldersThereAre() throws Exception {
        Path file = write("hello", hello());
        Files.createDirectories(temp.resolve("course/hello/submissions/acepted/hello-a"));

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ": unknown verdict folder submissions/acepted/: expected one of accepted, compile_error, "
                + "deadlock, not_implemented, resource_limit, run_time_error, time_limit_exceeded, wrong_answer");
    }

    @Test
    void aSampleThatIsNotAFolderIsNamed() throws Exception {
        Path file = write("hello", hello());
        Files.createDirectories(temp.resolve("course/hello/submissions/accepted"));
        Files.writeString(temp.resolve("course/hello/submissions/accepted/HelloWorld.java"), "");

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ": submissions/accepted/HelloWorld.java is not a folder: each sample is a submission's "
                + "folder, submissions/accepted/<name>/");
    }

    @Test
    void everyPackageButTheFarmExploresItsVisibleRunsUnderTheDefaultSchedulesAndItsHiddenOnesUnderLowest() {
        Matchings course = new Matchings(Matchings.DEFAULT.schedules(), List.of(Schedule.LOWEST));
        // But the farm of Mandelbrot rows, whose every schedule computes the whole picture on one core: two, at the
        // fewest and the most slaves.
        Matchings farm = new Matchings(List.of(Schedule.LOWEST, Schedule.HIGHEST), List.of(Schedule.LOWEST),
            List.of(3, 8));
        assertThat(Course.load(TestCourse.root()).exercises()).allSatisfy(e -> assertThat(e.matchings()).as(e.id())
            .isEqualTo(e.id().equals("masterslave-mandelbrot") ? farm : course));
        assertThat(Matchings.DEFAULT.requests(42)).containsExactly("lowest", "highest", "random:42");
        assertThat(course.requests(42, true)).containsExactly("lowest");
    }

    @Test
    void aPackageMaySayTheSchedulesOfItsHiddenInputsAndTheyFollowItsOwnOtherwise() throws Exception {
        write("hello", hello() + "matchings:\n  schedules: [highest, random]\n  hidden_inputs: []\n");
        write("hello-again", hello().replace("id: hello", "id: hello-again") + "matchings:\n  schedules: [random]\n");
        Files.writeString(temp.resolve("course/course.yaml"), "matchings:\n  hidden_inputs: [lowest]\n");

        Course loaded = Course.load(temp);
        Matchings hello = loaded.find("hello").orElseThrow().matchings();
        assertThat(hello.requests(7, false)).containsExactly("highest", "random:7");
        assertThat(hello.requests(7, true)).isEmpty();
        // Schedules of its own, no hidden_inputs: its schedules for every run.
        assertThat(loaded.find("hello-again").orElseThrow().matchings())
            .isEqualTo(new Matchings(List.of(Schedule.RANDOM)));
        assertThat(loaded.settings().matchings())
            .isEqualTo(new Matchings(Matchings.DEFAULT.schedules(), List.of(Schedule.LOWEST)));
    }

    @Test
    void aPackageMayExploreSomeOfItsRankCountsAndTheOthersGoUnderTheFirstScheduleAlone() throws Exception {
        write("hello", hello() + "matchings:\n  hidden_inputs: [lowest, random]\n  rank_counts: [4, 2]\n");

        Matchings matchings = Course.load(temp).find("hello").orElseThrow().matchings();
        assertThat(matchings.rankCounts()).containsExactly(4, 2);
        assertThat(matchings.requests(7, false, 2)).containsExactly("lowest", "highest", "random:7");
        assertThat(matchings.requests(7, false, 3)).containsExactly("lowest");
        assertThat(matchings.requests(7, true, 4)).containsExactly("lowest", "random:7");
        assertThat(matchings.requests(7, true, 1)).containsExactly("lowest");
        assertThat(Matchings.NONE.requests(7, false, 3)).isEmpty();
    }

    @Test
    void aRankCountTheExerciseDoesNotRunAtIsNamedWhereItIs() throws Exception {
        String yaml = hello();
        Path file = write("hello", yaml + "matchings:\n  rank_counts: [3, 8]\n");

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":" + (linesOf(yaml) + 2) + ":20: matchings.rank_counts[1]: 8 is not one of the "
                + "exercise's rank counts [1, 2, 3, 4]");
    }

    @Test
    void aRankCountTwiceIsNamedWhereItComesAgain() throws Exception {
        String yaml = hello();
        Path file = write("hello", yaml + "matchings:\n  rank_counts: [3, 3]\n");

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":" + (linesOf(yaml) + 2) + ":16: matchings.rank_counts: must have only unique items in "
                + "the array");
    }

    @Test
    void anUnknownScheduleOfHiddenInputsIsNamedWhereItIs() throws Exception {
        String yaml = hello();
        Path file = write("hello", yaml + "matchings:\n  hidden_inputs: [first]\n");

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":" + (linesOf(yaml) + 2) + ":19: matchings.hidden_inputs[0]: does not have a value in "
                + "the enumeration [\"lowest\", \"highest\", \"random\"]");
    }

    @Test
    void aPackageMaySayItsSchedulesInTheOrderTheyAreJudged() throws Exception {
        write("hello", hello() + "matchings:\n  schedules: [highest, random]\n");

        Matchings matchings = Course.load(temp).exercises().get(0).matchings();
        assertThat(matchings.schedules()).containsExactly(Schedule.HIGHEST, Schedule.RANDOM);
        assertThat(matchings.requests(7)).containsExactly("highest", "random:7");
    }

    @Test
    void anEmptyListOfSchedulesExploresNothing() throws Exception {
        write("hello", hello() + "matchings:\n  schedules: []\n");

        assertThat(Course.load(temp).exercises().get(0).matchings()).isEqualTo(Matchings.NONE);
    }

    @Test
    void anUnknownScheduleIsNamedWhereItIsWithTheSchedulesThereAre() throws Exception {
        String yaml = hello();
        Path file = write("hello", yaml + "matchings:\n  schedules: [lowest, latest]\n");

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":" + (linesOf(yaml) + 2) + ":23: matchings.schedules[1]: does not have a value in the "
                + "enumeration [\"lowest\", \"highest\", \"random\"]");
    }

    @Test
    void aScheduleTwiceIsNamedWhereItComesAgain() throws Exception {
        String yaml = hello();
        Path file = write("hello", yaml + "matchings:\n  schedules: [random, lowest, random]\n");

        assertThatThrownBy(() -> Course.load(temp)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":" + (linesOf(yaml) + 2) + ":31: matchings.schedules[2]: 'random' twice: each "
                + "schedule is run once");
    }

    @Test
    void aPackageWithoutSchedulesTakesTheCourses() throws Exception {
        write("hello", hello());
        write("hello-again", hello().replace("id: hello", "id: hello-again") + "matchings:\n  schedules: []\n");
        Files.writeString(temp.resolve("course/course.yaml"), "matchings:\n  schedules: [lowest]\n");

        Course course = Course.load(temp);
        assertThat(course.find("hello").orElseThrow().matchings()).isEqualTo(new Matchings(List.of(Schedule.LOWEST)));
        assertThat(course.find("hello-again").orElseThrow().matchings()).isEqualTo(Matchings.NONE);
        assertThat(course.settings().matchings()).isEqualTo(new Matchings(List.of(Schedule.LOWEST)));
    }

    /** The lines of a package's text that ends with a line break. */
    private static int linesOf(String yaml) {
        return (int) yaml.chars().filter(c -> c == '\n').count();
    }

    private static String ring() throws Exception {
        return Files.readString(TestCourse.root().resolve("course/ring/exercise.yaml"))
            .replaceAll("(?s)(# The samples, graded|samples:).*", "");
    }

    private static String hello() throws Exception {
        return Files.readString(TestCourse.root().resolve("course/hello/exercise.yaml"))
            .replaceAll("(?s)(# The samples, graded|samples:).*", "");
    }
}
