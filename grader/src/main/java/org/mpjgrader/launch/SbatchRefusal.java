package org.mpjgrader.launch;

/**
 * Why {@code sbatch --test-only} refused a script: its own words, and what the cluster's node offers, for a
 * message that says what the script asked for beyond it.
 *
 * @param said         sbatch's error output, as it printed it
 * @param nodeCpus     the CPUs of the cluster's largest node (0 when unknown)
 * @param nodeMemoryMb its memory in megabytes (0 when unknown)
 */
public record SbatchRefusal(String said, int nodeCpus, long nodeMemoryMb) {
    /** sbatch's words when no node could ever run the job as asked. */
    public static final String NO_NODE = "Requested node configuration is not available";

    /** Whether the script asks for more than any node has, so that the job would wait forever. */
    public boolean beyondTheNode() {
        return said.contains(NO_NODE);
    }
}
