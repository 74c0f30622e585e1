package org.mpjgrader.submission;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A submission copied into its workspace: its name (the folder or zip it came from), the copy's root,
 * its sources by Java package ({@code ""} for the default package), and its batch scripts ({@code *.slurm},
 * in path order), which the lesson on HPC systems grades.
 */
public record Submission(String name, Path origin, Path root, Map<String, List<Path>> sourcesByPackage,
                         List<Path> scripts) {

    public Submission {
        scripts = List.copyOf(scripts);
    }

    public List<Path> allSources() {
        return sourcesByPackage.values().stream().flatMap(List::stream).sorted().toList();
    }

    public List<Path> sourcesOf(String packageName) {
        return sourcesByPackage.getOrDefault(packageName, List.of());
    }

    /** The first script named {@code fileName}, in whichever folder it is. */
    public Optional<Path> script(String fileName) {
        return scripts.stream().filter(p -> p.getFileName().toString().equals(fileName)).findFirst();
    }
}
