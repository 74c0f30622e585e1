package org.mpjgrader.spec;

import java.util.List;
import java.util.Random;

/**
 * Draws the hidden arguments of an exercise's run at a rank count. It must use {@code random} alone, so that a
 * grading's seed reproduces every input; the values should make remainder bugs show (sizes not divisible by
 * the rank count).
 */
@FunctionalInterface
public interface InputGenerator {
    /** An exercise without arguments has no hidden runs: they would repeat the visible ones. */
    InputGenerator NONE = (np, random) -> List.of();

    List<String> arguments(int np, Random random);
}
