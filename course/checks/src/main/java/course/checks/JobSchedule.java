package course.checks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeSet;

/**
 * The jobs of {@code masterslave} as the contract draws them (job j sleeps w_j units, w_j = 1 + round(4 r), r
 * drawn in order from {@code new Random(seed)}) and how long they take on {@code slaves} slaves when handed out
 * on demand (each job to the slave that is idle first, as the reference does) or split round-robin in advance.
 */
public record JobSchedule(List<Integer> weights, int unitMillis) {

    public JobSchedule {
        weights = List.copyOf(weights);
    }

    public static JobSchedule of(int jobs, long seed, int unitMillis) {
        Random random = new Random(seed);
        List<Integer> weights = new ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            weights.add(1 + (int) Math.round(4 * random.nextDouble()));
        }
        return new JobSchedule(weights, unitMillis);
    }

    /** The jobs numbered {@code jobs} (job j is the j-th drawn, numbered from {@code first}), those out of range left out. */
    public JobSchedule only(Collection<Integer> jobs, int first) {
        List<Integer> kept = new ArrayList<>();
        for (int job : new TreeSet<>(jobs)) {
            if (job >= first && job - first < weights.size()) {
                kept.add(weights.get(job - first));
            }
        }
        return new JobSchedule(kept, unitMillis);
    }

    /** When the last job ends if every job goes to the slave that becomes idle first. */
    public Duration onDemand(int slaves) {
        PriorityQueue<Long> idleAt = new PriorityQueue<>();
        for (int s = 0; s < slaves; s++) {
            idleAt.add(0L);
        }
        long end = 0;
        for (int w : weights) {
            long done = idleAt.poll() + w;
            end = Math.max(end, done);
            idleAt.add(done);
        }
        return Duration.ofMillis(end * unitMillis);
    }

    /** What no schedule on {@code slaves} slaves can beat: the longest job, or all the work shared out evenly. */
    public Duration leastMakespan(int slaves) {
        long total = weights.stream().mapToLong(Integer::longValue).sum();
        long longest = weights.stream().mapToLong(Integer::longValue).max().orElse(0);
        return Duration.ofMillis(Math.max(longest * unitMillis, total * unitMillis / slaves));
    }

    /** When the last job ends if job j goes to slave (j - 1) mod slaves + 1, whoever is idle. */
    public Duration roundRobin(int slaves) {
        long[] busy = new long[slaves];
        for (int j = 0; j < weights.size(); j++) {
            busy[j % slaves] += weights.get(j);
        }
        long end = 0;
        for (long b : busy) {
            end = Math.max(end, b);
        }
        return Duration.ofMillis(end * unitMillis);
    }
}
