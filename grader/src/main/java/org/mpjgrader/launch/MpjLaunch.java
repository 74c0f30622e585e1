package org.mpjgrader.launch;

import java.util.List;

/**
 * A program a batch script started with {@code mpjrun.sh}, as the shell expanded the call: the rank count, the
 * device, the main class and the program's own arguments. What the script really ran, variables included.
 */
public record MpjLaunch(int np, String device, String mainClass, List<String> arguments) {

    public MpjLaunch {
        arguments = List.copyOf(arguments);
    }
}
