package org.mpjgrader.check.kind;

import org.mpjgrader.check.MasterSlaveCheck;

/** {@code kind: masterslave}: the output check of the masterslave lesson. */
public final class MasterSlaveKind extends OutputCheckKind {
    public MasterSlaveKind() {
        super("masterslave", MasterSlaveCheck::new);
    }
}
