package course.checks;

import com.fasterxml.jackson.databind.JsonNode;
import org.mpjgrader.check.kind.OutputCheckKind;

/**
 * {@code kind: masterslave}: a master that hands out work on demand and the slaves that do it, judged by their
 * lines. Without settings, lesson 12's jobs ({@code jobs seed unit_ms}, numbered from 1, each sleeping its
 * weight); {@code noun} (the word of the lines, "row"), {@code count_argument} (which argument, from 0, counts the
 * pieces), {@code default_count}, {@code first} (the first piece's number) and {@code weighted: false} (the pieces'
 * work is not the contract's sleeps, so no least makespan is asked for) describe other work. The dispatch is judged
 * from the master's MPI calls in every case.
 */
public final class MasterSlaveKind extends OutputCheckKind {
    public MasterSlaveKind() {
        super("masterslave", MasterSlaveKind::check);
    }

    private static MasterSlaveCheck check(JsonNode settings) {
        HandedOutWork jobs = MasterSlaveCheck.JOBS;
        return new MasterSlaveCheck(new HandedOutWork(settings.path("noun").asText(jobs.noun()),
            settings.path("count_argument").asInt(jobs.countArgument()),
            settings.path("default_count").asInt(jobs.defaultCount()),
            settings.path("first").asInt(jobs.first()),
            settings.path("weighted").asBoolean(jobs.weighted())));
    }
}
