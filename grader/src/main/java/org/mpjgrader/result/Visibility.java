package org.mpjgrader.result;

/**
 * Who may see a run's input and result: {@code VISIBLE} runs use the fixed inputs students also run in their
 * own {@code mvn verify}; {@code HIDDEN} runs use inputs drawn from the grading's seed; {@code PARALLEL} runs use
 * a large fixed input and are judged on how the work is spread over the ranks, against the reference; a
 * {@code WALL} row judges the wall-clock speedup on that input, from runs at 1 rank and at its rank count timed
 * beside the reference's (no points: the machine decides whether it can be shown).
 */
public enum Visibility {
    VISIBLE,
    HIDDEN,
    PARALLEL,
    WALL
}
