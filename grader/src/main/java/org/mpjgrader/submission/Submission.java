package org.mpjgrader.submission;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A submission copied into its workspace: its name (the folder or zip it came from), the copy's root,
 * and its sources by Java package ({@code ""} for the default package).
 */
public record Submission(String name, Path origin, Path root, Map<String, List<Path>> sourcesByPackage) {

    public List<Path> allSources() {
        return sourcesByPackage.values().stream().flatMap(List::stream).sorted().toList();
    }

    public List<Path> sourcesOf(String packageName) {
        return sourcesByPackage.getOrDefault(packageName, List.of());
    }
}
