// Part of hostile-grader-classes: a fake of the grader's runner; it must never run.
package org.mpjgrader.runner;

public class RankRunner {
    public static void main(String[] args) {
        System.out.println("PASS");
        System.exit(0);
    }
}
