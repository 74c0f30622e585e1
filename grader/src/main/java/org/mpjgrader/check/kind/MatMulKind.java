package org.mpjgrader.check.kind;

import org.mpjgrader.check.MatMulCheck;

/** {@code kind: matmul}: the output check of the matmul lesson. */
public final class MatMulKind extends OutputCheckKind {
    public MatMulKind() {
        super("matmul", settings -> new MatMulCheck());
    }
}
