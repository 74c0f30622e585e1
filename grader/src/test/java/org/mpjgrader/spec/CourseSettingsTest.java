package org.mpjgrader.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.TestCourse;
import org.mpjgrader.result.HiddenInputValues;

/** {@code course/course.yaml}: optional, two values, and a mistake named at its line and column. */
class CourseSettingsTest {
    @TempDir
    Path root;

    @Test
    void withoutTheFileHiddenInputValuesAreNeverShown() {
        assertThat(CourseSettings.read(root)).isEqualTo(CourseSettings.DEFAULT);
        assertThat(CourseSettings.DEFAULT.hiddenInputValues()).isEqualTo(HiddenInputValues.NEVER);
    }

    @Test
    void theCoursesOwnFileKeepsTheDefault() {
        assertThat(CourseSettings.read(TestCourse.root()).hiddenInputValues()).isEqualTo(HiddenInputValues.NEVER);
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
            .hasMessage(file + ":2:17: unknown setting 'show_solutions': expected hidden_input_values");
    }

    private Path write(String yaml) throws Exception {
        Path file = Files.createDirectories(root.resolve("course")).resolve("course.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
