package org.mpjgrader.check.kind;

import org.mpjgrader.check.P2pCheck;

/** {@code kind: p2p}: the output check of the p2p lesson. */
public final class P2pKind extends OutputCheckKind {
    public P2pKind() {
        super("p2p", settings -> new P2pCheck());
    }
}
