package org.mpjgrader.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mpjgrader.launch.MpiCall;
import org.mpjgrader.launch.RunResult;
import org.mpjgrader.result.Communication;

/**
 * Turns a run's recorded MPI calls into {@link Communication}: every message counted once, at its sender (a
 * receive adds nothing), a collective as the data it moves from the calls of the ranks that send it.
 */
public final class CommunicationSummary {
    private final int np;
    private final long[][] messages;
    private final long[][] bytes;

    private CommunicationSummary(int np) {
        this.np = np;
        this.messages = new long[np][np];
        this.bytes = new long[np][np];
    }

    public static Communication of(RunResult result) {
        if (result.trace().calls().isEmpty()) {
            return Communication.NONE;
        }
        CommunicationSummary summary = new CommunicationSummary(result.np());
        Map<String, Integer> calls = new TreeMap<>();
        for (MpiCall call : result.trace().calls()) {
            calls.merge(call.kind(), 1, Integer::sum);
            summary.add(call);
        }
        return new Communication(rows(summary.messages), rows(summary.bytes), calls, result.trace().complete());
    }

    private void add(MpiCall call) {
        int rank = call.rank();
        switch (call.kind()) {
            case "Bcast", "Scatter" -> {
                if (rank == call.peer()) {
                    toAllOthers(rank, call.bytes());
                }
            }
            case "Scatterv" -> {
                if (rank == call.peer()) {
                    for (int to = 0; to < np && to < call.bytesPerRank().size(); to++) {
                        send(rank, to, call.bytesPerRank().get(to));
                    }
                }
            }
            case "Reduce", "Gather", "Gatherv" -> {
                if (rank != call.peer()) {
                    send(rank, call.peer(), call.bytes());
                }
            }
            case "Allreduce", "Allgather", "Allgatherv", "Alltoall", "Scan", "Reduce_scatter" ->
                toAllOthers(rank, call.bytes());
            case "Alltoallv" -> {
                for (int to = 0; to < np && to < call.bytesPerRank().size(); to++) {
                    send(rank, to, call.bytesPerRank().get(to));
                }
            }
            default -> {
                if (call.sends()) {
                    send(rank, call.peer(), call.bytes());
                }
            }
        }
    }

    private void toAllOthers(int from, long size) {
        for (int to = 0; to < np; to++) {
            send(from, to, size);
        }
    }

    /** One message; to oneself or to no valid rank it is not communication. */
    private void send(int from, int to, long size) {
        if (from != to && from >= 0 && to >= 0 && from < np && to < np) {
            messages[from][to]++;
            bytes[from][to] += size;
        }
    }

    private static List<List<Long>> rows(long[][] matrix) {
        List<List<Long>> rows = new ArrayList<>();
        for (long[] row : matrix) {
            rows.add(Arrays.stream(row).boxed().toList());
        }
        return rows;
    }
}
