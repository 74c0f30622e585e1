package org.mpjgrader.runner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;

/**
 * The MPI calls of one run, as the woven MPJ classes report them: each completed call goes to the grader at once
 * ({@code CALL rank kind peer tag source bytes per-rank-bytes start end matched-tag work-in work-out}, times in
 * nanoseconds since the ranks' start, work on the rank's {@link WorkClock} at entry and return), the first {@value #REPORTED_PER_RANK} of each rank; the calls still open are what stuck ranks wait in.
 */
final class MpiCallLog {
    static final int REPORTED_PER_RANK = 2000;
    /** Where each kind of call keeps its count, datatype, peer (destination, source or root), tag and counts. */
    private static final Map<String, Shape> SHAPES = shapes();
    private static final Set<String> SENDS =
        Set.of("Send", "Ssend", "Bsend", "Rsend", "Isend", "Ibsend", "Issend", "Irsend");
    /** The calls that send a message to their peer (a {@code Sendrecv} sends and receives). */
    private static final Set<String> POSTING =
        Set.of("Send", "Ssend", "Bsend", "Rsend", "Isend", "Ibsend", "Issend", "Irsend", "Sendrecv",
            "Sendrecv_replace");

    private final Channel channel;
    private final RankTable ranks;
    private final long start;
    private final Map<Thread, Call> open = new ConcurrentHashMap<>();
    private final AtomicIntegerArray made;
    /** CPU time each rank's main thread spent inside MPI calls: packing, copying, waiting busily. */
    private final AtomicLongArray cpuInMpi;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final WorkLedger work;
    /** Completed calls, all ranks: a run whose count does not move makes no progress. */
    private final AtomicLong completed = new AtomicLong();
    /** Messages sent and received, by (source, destination, tag), for the messages no receive has taken yet. */
    private final Map<List<Integer>, AtomicLong> sent = new ConcurrentHashMap<>();
    private final Map<List<Integer>, AtomicLong> received =
        new ConcurrentHashMap<>();
    /** Messages whose send was entered, by (source, destination, tag): pending from the moment a sender commits. */
    private final Map<List<Integer>, AtomicLong> posted = new ConcurrentHashMap<>();
    /** Messages blocking receives took, by (source, destination, tag), Sendrecv's included. */
    private final Map<List<Integer>, AtomicLong> taken = new ConcurrentHashMap<>();
    /** The ranks that received with {@code Irecv}, whose received messages the log cannot count. */
    private final Set<Integer> receivedUncounted = ConcurrentHashMap.newKeySet();
    /** Changes made to the open calls and the counts, and how many are being made: see {@link #stateMark}. */
    private final AtomicLong changes = new AtomicLong();
    private final AtomicInteger changing = new AtomicInteger();
    /** Told after every change: a rank waiting for the others to block looks again at once, not at its next poll. */
    private volatile Runnable changed = () -> { };

    MpiCallLog(Channel channel, RankTable ranks, WorkLedger work, int np, long start) {
        this.channel = channel;
        this.ranks = ranks;
        this.work = work;
        this.start = start;
        this.made = new AtomicIntegerArray(np);
        this.cpuInMpi = new AtomicLongArray(np);
    }

    void enter(String kind, Object comm, Object[] arguments) {
        int rank = ranks.rankOf(Thread.currentThread());
        if (rank == RankTable.NO_RANK || rank >= made.length()) {
            return;
        }
        Shape shape = SHAPES.getOrDefault(kind, Shape.NONE);
        long[] perRank = shape.bytesPerRank(arguments);
        int peer = intAt(arguments, shape.peer);
        int tag = intAt(arguments, shape.tag);
        Call call = new Call(rank, kind, peer, tag, shape.bytes(arguments, perRank), perRank, System.nanoTime() - start,
            ranks.mainThread(rank) == Thread.currentThread() ? threads.getCurrentThreadCpuTime() : -1,
            work.clock(rank, Thread.currentThread()));
        change(() -> {
            if (POSTING.contains(kind) && peer >= 0) {
                posted.computeIfAbsent(List.of(rank, peer, tag), k -> new AtomicLong()).incrementAndGet();
            } else if (kind.equals("Irecv")) {
                receivedUncounted.add(rank);
            }
            open.put(Thread.currentThread(), call);
        });
    }

    /** Makes one change to the open calls or the counts, seen by {@link #stateMark} and {@link #unchangedSince}. */
    private void change(Runnable change) {
        changing.incrementAndGet();
        try {
            change.run();
        } finally {
            changes.incrementAndGet();
            changing.decrementAndGet();
        }
        changed.run();
    }

    /** Tells {@code listener} of every change to the open calls or the counts, on the changing rank's thread. */
    void onChange(Runnable listener) {
        changed = listener;
    }

    /**
     * A mark of the open calls and the counts as they stand, or -1 while a rank is changing them. A rank's state is
     * read piece by piece (its open call, then the counts) while the rank goes on: a receive read as still open and
     * the count of its message read as taken made a rank that was about to send look as if it waited for good
     * (a poll under lowest then found nothing, now and then, under load). A state judged between a mark and
     * {@link #unchangedSince} that mark was one state.
     */
    long stateMark() {
        long mark = changes.get();
        return changing.get() > 0 ? -1 : mark;
    }

    /** Whether nothing changed since {@code mark}, and nothing is changing. */
    boolean unchangedSince(long mark) {
        return mark >= 0 && changing.get() == 0 && changes.get() == mark;
    }

    /** The rank of the calling thread, or {@link RankTable#NO_RANK}. */
    int rankOfCurrentThread() {
        return ranks.rankOf(Thread.currentThread());
    }

    void exit(Object result) {
        Thread thread = Thread.currentThread();
        Call call = open.get(thread);
        if (call == null) {
            return;
        }
        try {
            // Returning, not yet gone: until the event is sent (other ranks' events may hold the channel, the machine
            // may be slow), the rank is still in MPJ's frames, and must not look like a rank waiting for a peer.
            change(() -> {
                open.put(thread, call.asReturning());
                count(call, result);
                completed.incrementAndGet();
            });
            if (call.cpuAtEntry >= 0) {
                cpuInMpi.addAndGet(call.rank, threads.getCurrentThreadCpuTime() - call.cpuAtEntry);
            }
            if (made.getAndIncrement(call.rank) < REPORTED_PER_RANK) {
                channel.send("CALL", call.rank, call.kind, call.peer, call.tag, sourceOf(result), call.bytes,
                    Arrays.stream(call.bytesPerRank).mapToObj(Long::toString).collect(Collectors.joining(",")),
                    call.started, System.nanoTime() - start, statusField(result, "tag"), call.workIn,
                    work.clock(call.rank, thread));
            }
        } finally {
            change(() -> open.remove(thread));
        }
    }

    /** What a completed point-to-point call did to the messages under way. */
    private void count(Call call, Object result) {
        if (SENDS.contains(call.kind) && call.peer >= 0) {
            sent.computeIfAbsent(List.of(call.rank, call.peer, call.tag),
                k -> new AtomicLong()).incrementAndGet();
        }
        if (call.kind.equals("Recv") || call.kind.startsWith("Sendrecv")) {
            int source = sourceOf(result);
            if (source >= 0) {
                taken.computeIfAbsent(List.of(source, call.rank, statusField(result, "tag")), k -> new AtomicLong())
                    .incrementAndGet();
            }
        }
        if (call.kind.equals("Recv")) {
            int source = sourceOf(result);
            int tag = statusField(result, "tag");
            if (source >= 0) {
                received.computeIfAbsent(List.of(source, call.rank, tag),
                    k -> new AtomicLong()).incrementAndGet();
            }
        }
    }

    long completed() {
        return completed.get();
    }

    /** Messages sent from {@code source} to {@code destination} with {@code tag} (either may be ANY) not yet received. */
    long unreceived(int source, int destination, int tag) {
        long surplus = 0;
        for (var entry : sent.entrySet()) {
            List<Integer> key = entry.getKey();
            if (key.get(1) == destination && (source == OpenCalls.ANY || key.get(0) == source)
                && (tag == OpenCalls.ANY || key.get(2) == tag)) {
                var taken = received.get(key);
                surplus += entry.getValue().get() - (taken == null ? 0 : taken.get());
            }
        }
        return surplus;
    }

    /**
     * The senders of messages to {@code destination} that a receive with {@code tag} (or ANY) would match and that
     * no receive has taken: counted from the sends' entry, so a sender blocked in its send counts. Exact where the
     * destination receives with blocking calls only (see {@link #receivesUncounted}).
     */
    List<Integer> pendingSenders(int destination, int tag) {
        Map<Integer, Long> pending = new TreeMap<>();
        for (var entry : posted.entrySet()) {
            List<Integer> key = entry.getKey();
            if (key.get(1) == destination && (tag == OpenCalls.ANY || key.get(2) == tag)) {
                var matched = taken.get(key);
                pending.merge(key.get(0), entry.getValue().get() - (matched == null ? 0 : matched.get()), Long::sum);
            }
        }
        return pending.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
    }

    /** Whether the rank received with {@code Irecv}, whose completion the log does not see. */
    boolean receivesUncounted(int rank) {
        return receivedUncounted.contains(rank);
    }

    /** The call the thread is in, as far as the weaving sees it, or null; one it is returning from is a Return. */
    OpenCall openCall(Thread thread) {
        Call call = open.get(thread);
        return call == null ? null : new OpenCall(call.returning ? OpenCalls.RETURN : call.kind, call.peer, call.tag);
    }

    /** An open call's kind, peer (destination, source or root; ANY_SOURCE as -2) and tag. */
    record OpenCall(String kind, int peer, int tag) {
    }

    /** Tells the grader which call each rank's main thread is in: for ranks that did not end. */
    void reportOpenCall(Thread mainThread) {
        Call call = open.get(mainThread);
        if (call != null) {
            channel.send("WAITING", call.rank, call.kind, call.peer, call.tag, call.bytes);
        }
    }

    /** Tells the grader the CPU time each rank's main thread spent in MPI calls, for the work outside them. */
    void reportCpuInMpi() {
        for (int rank = 0; rank < cpuInMpi.length(); rank++) {
            channel.send("MPI_CPU", rank, cpuInMpi.get(rank));
        }
    }

    /** Tells the grader how many calls a rank made beyond those it was told of. */
    void reportUntold() {
        for (int rank = 0; rank < made.length(); rank++) {
            if (made.get(rank) > REPORTED_PER_RANK) {
                channel.send("CALLS_UNTOLD", rank, made.get(rank) - REPORTED_PER_RANK);
            }
        }
    }

    /** The source a receive matched ({@code Status.source}), or -1 for a call that returns no status. */
    private static int sourceOf(Object result) {
        return statusField(result, "source");
    }

    /** A field of the {@code Status} a receive returned ({@code source}, {@code tag}), or -1 where there is none. */
    private static int statusField(Object result, String field) {
        if (result == null) {
            return -1;
        }
        try {
            return result.getClass().getField(field).getInt(result);
        } catch (ReflectiveOperationException notAStatus) {
            return -1;
        }
    }

    private static int intAt(Object[] arguments, int index) {
        return index >= 0 && index < arguments.length && arguments[index] instanceof Integer i ? i : -1;
    }

    private static long elementBytes(Object datatype) {
        try {
            return ((Number) datatype.getClass().getMethod("getByteSize").invoke(datatype)).longValue();
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            return 0;
        }
    }

    /**
     * An open call; {@code cpuAtEntry} is the main thread's CPU time on entry, -1 for another thread's call;
     * {@code workIn} the rank's work clock on entry.
     */
    private record Call(int rank, String kind, int peer, int tag, long bytes, long[] bytesPerRank, long started,
                        long cpuAtEntry, long workIn, boolean returning) {
        Call(int rank, String kind, int peer, int tag, long bytes, long[] bytesPerRank, long started,
             long cpuAtEntry, long workIn) {
            this(rank, kind, peer, tag, bytes, bytesPerRank, started, cpuAtEntry, workIn, false);
        }

        Call asReturning() {
            return new Call(rank, kind, peer, tag, bytes, bytesPerRank, started, cpuAtEntry, workIn, true);
        }

    }

    /** Argument positions of one kind of call; -1 where it has none. */
    private record Shape(int count, int type, int peer, int tag, int counts, int countsType) {
        static final Shape NONE = new Shape(-1, -1, -1, -1, -1, -1);

        /** What this rank sends (or, for a receive, receives) to each partner; with no count, all of perRank. */
        long bytes(Object[] arguments, long[] perRank) {
            int elements = intAt(arguments, count);
            if (count >= 0) {
                return elements < 0 ? 0 : elements * elementBytes(arguments[type]);
            }
            return Arrays.stream(perRank).sum();
        }

        /** For the v-collectives: the counts argument, in bytes per rank. */
        long[] bytesPerRank(Object[] arguments) {
            if (counts < 0 || !(arguments[counts] instanceof int[] perRank)) {
                return new long[0];
            }
            long element = elementBytes(arguments[countsType]);
            return Arrays.stream(perRank).mapToLong(c -> c * element).toArray();
        }
    }

    private static Map<String, Shape> shapes() {
        Map<String, Shape> shapes = new TreeMap<>();
        Shape pointToPoint = new Shape(2, 3, 4, 5, -1, -1);
        for (String kind : new String[] {"Send", "Ssend", "Bsend", "Rsend", "Isend", "Ibsend", "Issend", "Irsend",
            "Recv", "Irecv", "Sendrecv", "Sendrecv_replace"}) {
            shapes.put(kind, pointToPoint);
        }
        shapes.put("Probe", new Shape(-1, -1, 0, 1, -1, -1));
        shapes.put("Iprobe", new Shape(-1, -1, 0, 1, -1, -1));
        shapes.put("Bcast", new Shape(2, 3, 4, -1, -1, -1));
        shapes.put("Reduce", new Shape(4, 5, 7, -1, -1, -1));
        shapes.put("Allreduce", new Shape(4, 5, -1, -1, -1, -1));
        shapes.put("Scan", new Shape(4, 5, -1, -1, -1, -1));
        shapes.put("Reduce_scatter", new Shape(-1, -1, -1, -1, 4, 5));
        shapes.put("Gather", new Shape(2, 3, 8, -1, -1, -1));
        shapes.put("Scatter", new Shape(6, 7, 8, -1, -1, -1));
        shapes.put("Allgather", new Shape(2, 3, -1, -1, -1, -1));
        shapes.put("Alltoall", new Shape(2, 3, -1, -1, -1, -1));
        shapes.put("Gatherv", new Shape(2, 3, 9, -1, 6, 8));
        shapes.put("Scatterv", new Shape(7, 8, 9, -1, 2, 4));
        shapes.put("Allgatherv", new Shape(2, 3, -1, -1, 6, 8));
        shapes.put("Alltoallv", new Shape(-1, -1, -1, -1, 2, 4));
        return Map.copyOf(shapes);
    }
}
