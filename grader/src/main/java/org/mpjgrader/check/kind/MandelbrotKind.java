package org.mpjgrader.check.kind;

import org.mpjgrader.check.MandelbrotCheck;

/** {@code kind: mandelbrot}: the output check of the mandelbrot lesson. */
public final class MandelbrotKind extends OutputCheckKind {
    public MandelbrotKind() {
        super("mandelbrot", settings -> new MandelbrotCheck());
    }
}
