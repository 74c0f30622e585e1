package org.mpjgrader.result;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether students may see the values of a hidden input their program failed on. Never in a report they read while
 * they can still resubmit: the console, {@code feedback.md} and the JUnit XML never show them, whatever the setting
 * (a CI-graded push shows those at once). {@link #AFTER_DUE_DATE} adds them to Gradescope's hidden tests, which
 * Gradescope shows only after the due date. The JSON, the instructor's record, always holds them.
 */
public enum HiddenInputValues {
    NEVER,
    AFTER_DUE_DATE;

    /** The name in {@code course.yaml}: {@code never}, {@code after_due_date}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<HiddenInputValues> ofYaml(String name) {
        return Arrays.stream(values()).filter(v -> v.yamlName().equals(name)).findFirst();
    }
}
