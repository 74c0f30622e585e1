package org.mpjgrader.result;

/**
 * Who may see a run's input and result: {@code VISIBLE} runs use the fixed inputs students also run in their
 * own {@code mvn verify}; {@code HIDDEN} runs use inputs drawn from the grading's seed.
 */
public enum Visibility {
    VISIBLE,
    HIDDEN
}
