import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What of a grading must not depend on the machine, one line per run: exercise, rank count, input, verdict, points,
 * the work clock's counts and modelled speedups, and the message students read (as a hash: the same words in every
 * grading; bench/same-grade compares these between gradings). The wall rows and every time are left out: they are
 * measurements of the machine.
 */
public class Fingerprint {
    public static void main(String[] args) throws Exception {
        for (String file : args) {
            JsonNode result = new ObjectMapper().readTree(Path.of(file).toFile());
            System.out.printf(Locale.ROOT, "%s score %s of %s%n", Path.of(file).getFileName(),
                result.get("score").asText(), result.get("max_score").asText());
            for (JsonNode exercise : result.get("exercises")) {
                for (JsonNode run : exercise.get("runs")) {
                    if (run.get("visibility").asText().equals("wall")) {
                        continue;
                    }
                    JsonNode m = run.get("measurements");
                    System.out.printf(Locale.ROOT, "%s %d %s %s %s/%s work=%s time=%s speedup=%s reference=%s message=%08x%n",
                        exercise.get("id").asText(), run.get("np").asInt(), run.get("visibility").asText(),
                        run.get("verdict").asText(), run.get("score").asText(), run.get("max_score").asText(),
                        text(m, "work"), text(m, "modelled_time"), text(m, "modelled_speedup"),
                        text(m, "reference_modelled_speedup"), run.path("message").asText().hashCode());
                }
            }
        }
    }

    private static String text(JsonNode measurements, String key) {
        return measurements == null || !measurements.has(key) ? "-" : measurements.get(key).asText();
    }
}
