package org.mpjgrader.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Hidden arguments drawn one by one, in the contract's order, as a package's {@code hidden_inputs.arguments} says. */
record DrawnArguments(List<String> names, List<ArgumentDraw> draws) implements InputGenerator {
    DrawnArguments {
        names = List.copyOf(names);
        draws = List.copyOf(draws);
    }

    @Override
    public List<String> arguments(int np, Random random) {
        Map<String, Double> drawn = new HashMap<>();
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < draws.size(); i++) {
            ArgumentDraw.Drawn value = draws.get(i).draw(random, drawn);
            if (i < names.size()) {
                drawn.put(names.get(i), value.value());
            }
            arguments.add(value.text());
        }
        return arguments;
    }
}
