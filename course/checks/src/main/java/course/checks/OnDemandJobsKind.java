package course.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.mpjgrader.spec.GeneratorKind;
import org.mpjgrader.spec.InputGenerator;

/**
 * {@code hidden_inputs: {on_demand_jobs: {...}}}: lesson 12's {@code jobs seed unit_ms}, drawn so that handing the
 * jobs out on demand and splitting them round-robin in advance take measurably different times
 * ({@link OnDemandJobs}; the package's schema says the settings).
 */
public final class OnDemandJobsKind implements GeneratorKind {
    @Override
    public String name() {
        return "on_demand_jobs";
    }

    @Override
    public InputGenerator create(JsonNode jobs, List<String> arguments) {
        return new OnDemandJobs(jobs.at("/jobs/min").asInt(), jobs.at("/jobs/max").asInt(),
            jobs.at("/seed/min").asInt(), jobs.at("/seed/max").asInt(), jobs.path("unit_ms").asInt(),
            jobs.path("untimed_unit_ms").asInt(), jobs.path("timed_from_ranks").asInt(),
            jobs.path("separation").asDouble(), jobs.path("tries").asInt());
    }
}
