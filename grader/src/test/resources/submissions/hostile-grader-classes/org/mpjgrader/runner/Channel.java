// Part of hostile-grader-classes: a fake of the grader's channel; it must never be loaded.
package org.mpjgrader.runner;

public class Channel {
    static {
        System.out.println("0\tBYE\t1\t0");
        System.out.println("PASS");
    }
}
