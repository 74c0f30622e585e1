/**
 * The child-JVM side of the grader: runs MPJ Express programs of one submission, one after another, each with its
 * ranks as threads in multicore mode (one thread group and one class loader per rank, as MPJ's own
 * {@code MulticoreStarter} does, and MPJ's devices loaded afresh for each run), captures
 * each rank's output, outcome, CPU time and work (the program's bytecode instructions, counted by weaving its
 * classes as they are loaded: the same on every machine), and reports them to the grader on its own channel: lines on the
 * JVM's real standard output that carry a secret the grader handed over on standard input, which the ranks
 * never see. It also records what each run's program tries that the sandbox denies or the grader forbids (a security
 * manager that refuses nothing, {@code AttemptWatch}, and the class loading it controls; see
 * docs/integrity.md). It depends on nothing but the JDK and ASM and knows nothing of what is being graded.
 */
package org.mpjgrader.runner;
