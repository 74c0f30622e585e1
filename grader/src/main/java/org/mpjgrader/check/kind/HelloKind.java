package org.mpjgrader.check.kind;

import org.mpjgrader.check.HelloCheck;

/** {@code kind: hello}: the output check of the hello lesson. */
public final class HelloKind extends OutputCheckKind {
    public HelloKind() {
        super("hello", settings -> new HelloCheck());
    }
}
