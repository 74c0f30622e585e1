package org.mpjgrader.spec;

import java.nio.file.Path;

/**
 * What is wrong in an exercise package, and where: {@code course/hello/exercise.yaml:12:5: unknown check kind
 * 'helo': expected one of hello, mandelbrot, ...}. Line and column start at 1; 0 where no place is known.
 */
public record PackageProblem(Path file, int line, int column, String what) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + what : file + ": " + what;
    }
}
