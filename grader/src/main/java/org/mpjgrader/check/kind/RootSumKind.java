package org.mpjgrader.check.kind;

import org.mpjgrader.check.RootSumCheck;

/** {@code kind: rootsum}: the output check of the rootsum lesson. */
public final class RootSumKind extends OutputCheckKind {
    public RootSumKind() {
        super("rootsum", settings -> new RootSumCheck());
    }
}
