package course.checks;
import org.mpjgrader.check.kind.OutputCheckKind;


/** {@code kind: matmul}: the output check of the matmul lesson. */
public final class MatMulKind extends OutputCheckKind {
    public MatMulKind() {
        super("matmul", settings -> new MatMulCheck());
    }
}
