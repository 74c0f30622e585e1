package org.mpjgrader.compile;

/** One compiler message, as javac prints it: {@code HelloWorld.java:12: error: ';' expected}, then the line. */
public record CompileDiagnostic(String file, long line, String kind, String message, String sourceLine) {

    @Override
    public String toString() {
        String head = file + ":" + line + ": " + kind + ": " + message;
        return sourceLine.isBlank() ? head : head + "\n    " + sourceLine.strip();
    }
}
