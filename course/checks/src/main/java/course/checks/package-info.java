/**
 * The check kinds this course ships in Java, for what its exercise packages cannot yet say as data: lesson 10's
 * Mandelbrot checksum and image ({@code kind: mandelbrot}), lesson 12's master and slaves
 * ({@code kind: masterslave}) and lesson 13's matrix product ({@code kind: matmul}). The grader knows none of them
 * by name: it finds them through {@link java.util.ServiceLoader}, listed in
 * {@code META-INF/services/org.mpjgrader.check.CheckKind}, on its class path ({@code grader/grade} puts this
 * module's jar there), and the hidden-input generator {@code on_demand_jobs}, found the same way
 * ({@code META-INF/services/org.mpjgrader.spec.GeneratorKind}). They build on the grader's check library
 * ({@code org.mpjgrader.check}: failure messages, images, the dispatch of work), never the other way round.
 */
package course.checks;
