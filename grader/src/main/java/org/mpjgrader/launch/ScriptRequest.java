package org.mpjgrader.launch;

import java.nio.file.Path;
import java.util.Map;

/**
 * One batch script to run as a scheduler would on one node.
 *
 * @param script      the script (copied into the job's folder, from where it is "submitted")
 * @param classes     the compiled classes that {@code mpjrun.sh} runs, whatever its {@code -cp} says
 * @param environment what the scheduler tells the job ({@code SLURM_JOB_ID}, {@code SLURM_NTASKS}, ...)
 * @param outputFile  where the job's standard output goes, relative to the folder it is submitted from
 * @param errorFile   where its standard error goes; the same name as {@code outputFile} puts both in one file
 * @param limits      the wall-clock limit of the whole job, the heap of its JVM, the bytes kept of each file
 */
public record ScriptRequest(Path script, Path classes, Map<String, String> environment, String outputFile,
                            String errorFile, RunLimits limits) {

    public ScriptRequest {
        environment = Map.copyOf(environment);
    }

    public boolean oneFile() {
        return outputFile.equals(errorFile);
    }
}
