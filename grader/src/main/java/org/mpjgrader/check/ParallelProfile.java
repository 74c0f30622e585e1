package org.mpjgrader.check;

import java.util.List;
import java.util.stream.IntStream;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunResult;

/**
 * How a run's work was spread over its ranks, on the work clock: each rank's work (the instructions of the
 * program's own code its threads executed, sleeps at the runner's fixed rate), the bytes it allocated, and the run's
 * {@link CriticalPath}: when its last rank would finish with a core per rank. None of it reads a clock of the
 * machine, so a program gets the same profile on every machine and under any load.
 *
 * @param work          each rank's work
 * @param modelledTime  the critical path's length: the run's time with a core per rank
 * @param serialWork    the time in which rank 0 works while every other rank waits or has ended
 */
public record ParallelProfile(List<Long> work, List<Long> allocatedBytes, long modelledTime, long serialWork) {
    public static final ParallelProfile NONE = new ParallelProfile(List.of(), List.of(), 0, 0);

    public ParallelProfile {
        work = List.copyOf(work);
        allocatedBytes = List.copyOf(allocatedBytes);
    }

    public static ParallelProfile of(RunResult result) {
        List<Long> work = result.ranks().stream().map(RankOutput::work).toList();
        List<Long> allocated = result.ranks().stream().map(RankOutput::allocatedBytes).toList();
        if (work.isEmpty() || work.stream().anyMatch(w -> w < 0)) {
            return new ParallelProfile(List.of(), allocated, 0, 0);
        }
        CriticalPath path = CriticalPath.of(result.trace().calls(), work);
        return new ParallelProfile(work, allocated, path.parallelTime(), path.serialWork());
    }

    /** Whether the work was counted (every rank ended and reported it). */
    public boolean measured() {
        return !work.isEmpty();
    }

    public int ranks() {
        return work.size();
    }

    /** The ranks that share the work: all, or all but rank 0 when rank 0 only hands it out. */
    public List<Integer> working(boolean rootWorks) {
        return IntStream.range(rootWorks ? 0 : 1, work.size()).boxed().toList();
    }

    public long totalWork() {
        return work.stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The speedup with a core per rank: the program's work at 1 rank on the same input ({@code serialWork}) over
     * this run's modelled time. A program whose ranks each repeat the whole work, or wait for one another in a
     * chain, gets no speedup, however evenly the work looks spread.
     */
    public double modelledSpeedup(long workAtOneRank) {
        return modelledTime == 0 ? 1 : (double) workAtOneRank / modelledTime;
    }

    /** The share of the modelled time in which rank 0 works alone (Amdahl's serial part). */
    public double serialShare() {
        return modelledTime == 0 ? 0 : Math.min(1, (double) serialWork / modelledTime);
    }

    /** The largest rank's work over the mean of the working ranks': 1 when evenly spread, N when one does all. */
    public double balance(List<Integer> ranks) {
        double total = ranks.stream().mapToLong(work::get).sum();
        double max = ranks.stream().mapToLong(work::get).max().orElse(0);
        return total == 0 ? 1 : max / (total / ranks.size());
    }
}
