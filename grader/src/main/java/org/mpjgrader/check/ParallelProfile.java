package org.mpjgrader.check;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunResult;

/**
 * How a run's work was spread over its ranks: the CPU time each rank's thread used outside MPI calls (its own
 * work; packing messages and waiting are the run's communication, which the wall-clock rows judge), the bytes it
 * allocated, and the program's wall time. In multicore mode every rank is a thread of one JVM, so CPU times mean
 * the same at 8 ranks on 2 cores as on 8 idle cores: the modelled speedup (all the work over the largest rank's
 * share) is what the run would reach with a core per rank, whatever else the machine was doing.
 */
public record ParallelProfile(List<Duration> cpu, List<Long> allocatedBytes, Duration programWall) {
    public static final ParallelProfile NONE = new ParallelProfile(List.of(), List.of(), Duration.ZERO);

    public ParallelProfile {
        cpu = List.copyOf(cpu);
        allocatedBytes = List.copyOf(allocatedBytes);
    }

    public static ParallelProfile of(RunResult result) {
        return new ParallelProfile(result.ranks().stream().map(RankOutput::cpuOutsideMpi).toList(),
            result.ranks().stream().map(RankOutput::allocatedBytes).toList(), result.programWall());
    }

    public boolean measured() {
        return !cpu.isEmpty();
    }

    /** The ranks that share the work: all, or all but rank 0 when rank 0 only hands it out. */
    public List<Integer> working(boolean rootWorks) {
        return IntStream.range(rootWorks ? 0 : 1, cpu.size()).boxed().toList();
    }

    public double cpuSeconds(int rank) {
        return cpu.get(rank).toNanos() / 1e9;
    }

    public double totalCpuSeconds(List<Integer> ranks) {
        return ranks.stream().mapToDouble(this::cpuSeconds).sum();
    }

    public double maxCpuSeconds(List<Integer> ranks) {
        return ranks.stream().mapToDouble(this::cpuSeconds).max().orElse(0);
    }

    /** The largest share over the mean share: 1 when the work is spread evenly, N when one rank does all. */
    public double balance(List<Integer> ranks) {
        double mean = totalCpuSeconds(ranks) / ranks.size();
        return mean == 0 ? 1 : maxCpuSeconds(ranks) / mean;
    }

    /** All the work over the largest share: the speedup with a core per rank. */
    public double modelledSpeedup(List<Integer> ranks) {
        double max = maxCpuSeconds(ranks);
        return max == 0 ? 1 : totalCpuSeconds(ranks) / max;
    }
}
