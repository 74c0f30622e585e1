package org.mpjgrader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Timed runs run alone; the others side by side. */
class RunGateTest {
    private final RunGate gate = new RunGate();

    @Test
    void untimedRunsGoSideBySide() throws Exception {
        CountDownLatch both = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> a = pool.submit(() -> gate.run(false, () -> meet(both)));
            Future<Boolean> b = pool.submit(() -> gate.run(false, () -> meet(both)));
            assertThat(a.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(b.get(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTimedRunNeverSharesTheMachine() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 40; i++) {
                boolean timed = i % 4 == 0;
                pool.submit(() -> gate.run(timed, () -> {
                    int now = running.incrementAndGet();
                    if (timed && now > 1) {
                        overlaps.incrementAndGet();
                    }
                    sleep();
                    if (timed && running.get() > 1) {
                        overlaps.incrementAndGet();
                    }
                    return running.decrementAndGet();
                }));
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(overlaps).hasValue(0);
    }

    private static boolean meet(CountDownLatch latch) {
        latch.countDown();
        try {
            return latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
