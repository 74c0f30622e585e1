package course.checks;
import org.mpjgrader.check.kind.OutputCheckKind;


/** {@code kind: mandelbrot}: the output check of the mandelbrot lesson. */
public final class MandelbrotKind extends OutputCheckKind {
    public MandelbrotKind() {
        super("mandelbrot", settings -> new MandelbrotCheck());
    }
}
