package org.mpjgrader.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.TestCourse;
import org.mpjgrader.result.HiddenInputValues;
import org.mpjgrader.spec.Matchings.Schedule;

/** {@code course/course.yaml}: optional, two values, and a mistake named at its line and column. */
class CourseSettingsTest {
    @TempDir
    Path root;

    @Test
    void withoutTheFileHiddenInputValuesAreNeverShown() {
        assertThat(CourseSettings.read(root)).isEqualTo(CourseSettings.DEFAULT);
        assertThat(CourseSettings.DEFAULT.hiddenInputValues()).isEqualTo(HiddenInputValues.NEVER);
        assertThat(CourseSettings.DEFAULT.matchings()).isEqualTo(Matchings.DEFAULT);
        assertThat(Matchings.DEFAULT.schedules()).containsExactly(Schedule.LOWEST, Schedule.HIGHEST, Schedule.RANDOM);
    }

    @Test
    void theCoursesOwnFileExploresOnlyTheVisibleRuns() {
        assertThat(CourseSettings.read(TestCourse.root())).isEqualTo(new CourseSettings(HiddenInputValues.NEVER,
            new Matchings(Matchings.DEFAULT.schedules(), List.of(Schedule.LOWEST))));
    }

    @Test
    void aCourseMayShowThemAfterTheDueDate() throws Exception {
        write("# what students see of a failing hidden input\nhidden_input_values: after_due_date\n");

        assertThat(CourseSettings.read(root).hiddenInputValues()).isEqualTo(HiddenInputValues.AFTER_DUE_DATE);
    }

    @Test
    void anUnknownValueIsNamedWithItsPlace() throws Exception {
        Path file = write("hidden_input_values: later\n");

        assertThatThrownBy(() -> CourseSettings.read(root)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":1:22: hidden_input_values is 'later': expected one of never, after_due_date");
    }

    @Test
    void anUnknownSettingIsNamedWithItsPlace() throws Exception {
        Path file = write("hidden_input_values: never\nshow_solutions: true\n");

        assertThatThrownBy(() -> CourseSettings.read(root)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":2:17: unknown setting 'show_solutions': expected hidden_input_values, matchings");
    }

    @Test
    void aCourseMaySayTheSchedulesOfItsExercises() throws Exception {
        write("# explored under two schedules where a package does not say its own\nmatchings:\n"
            + "  schedules: [highest, random]\n");

        CourseSettings settings = CourseSettings.read(root);
        assertThat(settings.matchings()).isEqualTo(new Matchings(List.of(Schedule.HIGHEST, Schedule.RANDOM)));
        assertThat(settings.hiddenInputValues()).isEqualTo(HiddenInputValues.NEVER);
    }

    @Test
    void noSchedulesExploreNothingAndNoListKeepsTheDefault() throws Exception {
        write("matchings:\n  schedules: []\n");
        assertThat(CourseSettings.read(root).matchings()).isEqualTo(Matchings.NONE);
        assertThat(Matchings.NONE.any()).isFalse();

        write("matchings: {}\n");
        assertThat(CourseSettings.read(root).matchings()).isEqualTo(Matchings.DEFAULT);
    }

    @Test
    void anUnknownScheduleIsNamedWithItsPlaceAndTheSchedulesThereAre() throws Exception {
        Path file = write("hidden_input_values: never\nmatchings:\n  schedules: [lowest, latest]\n");

        assertThatThrownBy(() -> CourseSettings.read(root)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":3:23: matchings.schedules[1]: unknown schedule 'latest': expected one of lowest, "
                + "highest, random");
    }

    @Test
    void aScheduleTwiceIsNamedWhereItComesAgain() throws Exception {
        Path file = write("matchings:\n  schedules: [lowest, highest, lowest]\n");

        assertThatThrownBy(() -> CourseSettings.read(root)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":2:32: matchings.schedules[2]: 'lowest' twice: each schedule is run once");
    }

    @Test
    void anUnknownMatchingsSettingIsNamed() throws Exception {
        Path file = write("matchings:\n  budget_s: 30\n");

        assertThatThrownBy(() -> CourseSettings.read(root)).isInstanceOf(PackageException.class)
            .hasMessage(file + ":2:13: matchings: unknown setting 'budget_s': expected schedules, hidden_inputs "
                + "or rank_counts");
    }

    private Path write(String yaml) throws Exception {
        Path file = Files.createDirectories(root.resolve("course")).resolve("course.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
