package course.checks;

import java.util.List;
import java.util.Random;
import org.mpjgrader.spec.InputGenerator;

/**
 * The hidden {@code jobs seed unit_ms} of a master-slave exercise ({@code hidden_inputs.on_demand_jobs}). From
 * {@code timedFromRanks} ranks on, the draw keeps trying (at most {@code tries} times) for jobs whose round-robin
 * split in advance takes at least {@code separation} times as long as handing them out on demand, so that the
 * run's modelled time tells them apart (random weights differ by only 4 to 12% on average); below, one slave does
 * every job, no schedule can be told from another, and the unit is the short {@code untimedUnitMs}.
 */
record OnDemandJobs(int minJobs, int maxJobs, int minSeed, int maxSeed, int unitMs, int untimedUnitMs,
                    int timedFromRanks, double separation, int tries) implements InputGenerator {

    @Override
    public List<String> arguments(int np, Random random) {
        int jobs = jobs(random);
        int seed = seed(random);
        double best = 0;
        for (int tried = 0; np >= timedFromRanks && tried < tries && best < separation; tried++) {
            int j = jobs(random);
            int s = seed(random);
            JobSchedule schedule = JobSchedule.of(j, s, unitMs);
            double ratio = (double) schedule.roundRobin(np - 1).toNanos() / schedule.onDemand(np - 1).toNanos();
            if (ratio > best) {
                best = ratio;
                jobs = j;
                seed = s;
            }
        }
        int unit = np >= timedFromRanks ? unitMs : untimedUnitMs;
        return List.of(Integer.toString(jobs), Integer.toString(seed), Integer.toString(unit));
    }

    private int jobs(Random random) {
        return minJobs + random.nextInt(maxJobs - minJobs + 1);
    }

    private int seed(Random random) {
        return minSeed + random.nextInt(maxSeed - minSeed + 1);
    }
}
