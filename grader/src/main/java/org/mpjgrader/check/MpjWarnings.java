package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mpjgrader.launch.RankOutput;
import org.mpjgrader.launch.RunResult;

/**
 * The lines MPJ Express prints itself on a rank's standard output where a collective's counts do not match, before
 * it carries on with the wrong data: a run that then fails shows them, since they name the cause better than any
 * symptom the checks see (a checksum short by some rows, an index out of bounds).
 */
final class MpjWarnings {
    /** The texts MPJ Express 0.44's {@code PureIntracomm} prints, spelling and all. */
    private static final List<String> KNOWN = List.of("scount shuld be equal to recvcount",
        "scount != rcount, should not happen", "Alltoall, rcount not equal to scount");

    private MpjWarnings() {
    }

    /** One detail line per warning text the run printed, with the ranks that printed it; empty when none did. */
    static List<String> details(RunResult result) {
        Map<String, List<Integer>> ranksByText = new LinkedHashMap<>();
        for (RankOutput rank : result.ranks()) {
            rank.stdout().stream().map(String::strip).filter(KNOWN::contains).distinct()
                .forEach(text -> ranksByText.computeIfAbsent(text, t -> new ArrayList<>()).add(rank.rank()));
        }
        List<String> details = new ArrayList<>();
        ranksByText.forEach((text, ranks) -> details.add("MPJ Express printed \"" + text + "\" at "
            + (ranks.size() == 1 ? "rank " : "ranks ") + ranks.stream().map(String::valueOf)
                .collect(Collectors.joining(", "))
            + ": the counts a collective call sends and receives do not match, and MPJ carried on anyway"));
        return details;
    }

    /** {@code message} with the run's warnings as detail lines after it. */
    static String appendTo(String message, RunResult result) {
        List<String> details = details(result);
        return details.isEmpty() || message.isEmpty() ? message
            : message + details.stream().map(d -> "\n  " + d).collect(Collectors.joining());
    }
}
