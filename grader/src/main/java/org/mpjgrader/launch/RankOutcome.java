package org.mpjgrader.launch;

import java.util.List;

/**
 * How one rank ended. {@code where} is the student's {@code File.java:LINE} where it threw, when known;
 * {@code stuck} describes a rank that had not ended when the run stopped.
 */
public record RankOutcome(Kind kind, String exception, String where, List<StackFrame> frames, Stuck stuck) {

    public enum Kind {
        /** {@code main} returned. */
        FINISHED,
        /** {@code main} threw {@link #exception}. */
        THREW,
        /** The main class was not in the submission. */
        NO_CLASS,
        /** The main class has no {@code public static void main(String[])}. */
        NO_MAIN,
        /** The rank was still running when the run ended (time limit, {@code System.exit}, or a crash). */
        NOT_ENDED
    }

    /** Where a rank was when the time ran out, and the share of a core it used just then (1.0 = a whole core). */
    public record Stuck(double cpuBusy, String threadState, List<StackFrame> frames) {

        /** The MPI call the rank waits in ({@code Recv}, {@code Bcast}, ...), or empty when it is not in one. */
        public String mpiCall() {
            StackFrame call = null;
            for (StackFrame f : frames) {
                if (f.studentCode()) {
                    break;
                }
                if (f.mpiApi()) {
                    call = f;
                }
            }
            return call == null ? "" : call.method();
        }

        /** The student's line the rank is at, or empty. */
        public String where() {
            return frames.stream().filter(StackFrame::studentCode).findFirst().map(StackFrame::location).orElse("");
        }

        /**
         * A waiting rank uses next to no CPU; a computing one a core, or a good share of one. On a loaded machine
         * a spinning rank may get less than that in the sample's window, so a rank that is runnable outside any
         * MPI call computes too, whatever CPU it got.
         */
        public boolean busy() {
            return cpuBusy >= 0.2 || ("RUNNABLE".equals(threadState) && mpiCall().isEmpty());
        }

        public boolean sleeping() {
            return !frames.isEmpty() && frames.get(0).className().equals("java.lang.Thread")
                && frames.get(0).method().startsWith("sleep");
        }
    }

    static RankOutcome notEnded() {
        return new RankOutcome(Kind.NOT_ENDED, "", "", List.of(), null);
    }

    public boolean ended() {
        return kind != Kind.NOT_ENDED;
    }
}
