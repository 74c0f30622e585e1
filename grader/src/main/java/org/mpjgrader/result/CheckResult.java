package org.mpjgrader.result;

/** One check of one run: its name, the points it gave out of its maximum, and the message when it failed. */
public record CheckResult(String name, double points, double maxPoints, boolean passed, String message) {

    public static CheckResult pass(String name, double maxPoints) {
        return new CheckResult(name, maxPoints, maxPoints, true, "");
    }

    public static CheckResult fail(String name, double maxPoints, String message) {
        return new CheckResult(name, 0, maxPoints, false, message);
    }
}
