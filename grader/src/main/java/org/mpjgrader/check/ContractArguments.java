package org.mpjgrader.check;

import java.util.List;

/**
 * What the contract says of an exercise's arguments: their names, in order ({@code nr ni rei ...}), and which of
 * them count what is split over the ranks ({@code ni}, the rows). A rank pattern reads only those (an iteration
 * limit that 3 does not divide explains nothing), or every whole-number argument where none is named.
 */
public record ContractArguments(List<String> names, List<String> splitOverRanks) {
    /** Arguments the contract names nothing of. */
    public static final ContractArguments NONE = new ContractArguments(List.of(), List.of());
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
        "seventh", "eighth", "ninth", "tenth");

    public ContractArguments {
        names = List.copyOf(names);
        splitOverRanks = List.copyOf(splitOverRanks);
        if (!names.containsAll(splitOverRanks)) {
            throw new IllegalArgumentException("split arguments " + splitOverRanks + " not among " + names);
        }
    }

    /** The contract's name of the argument at {@code index}, or "the first argument", "the second argument", ... */
    public String nameOf(int index) {
        if (index < names.size()) {
            return names.get(index);
        }
        return index < ORDINALS.size() ? "the " + ORDINALS.get(index) + " argument" : "argument " + (index + 1);
    }

    /** Whether a rank pattern may read the argument at {@code index}. */
    public boolean splitOverRanks(int index) {
        return splitOverRanks.isEmpty() || index < names.size() && splitOverRanks.contains(names.get(index));
    }
}
