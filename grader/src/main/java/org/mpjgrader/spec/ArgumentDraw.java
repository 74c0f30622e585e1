package org.mpjgrader.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * How one hidden argument is drawn from the grading's seed, as a package's {@code hidden_inputs.arguments} says.
 * Each draw takes from {@code random} in a fixed way, so that a seed gives the same text on every machine.
 */
sealed interface ArgumentDraw {

    /** The argument's text and the value later draws may be relative to. */
    record Drawn(String text, double value) {
    }

    /** @param drawn the values of the arguments drawn before this one, by name */
    Drawn draw(Random random, Map<String, Double> drawn);

    /**
     * A whole number in [min, max] plus {@code add}. With {@code notDivisibleBy}, the number is drawn as a block of
     * P (the divisors' least common multiple: [min, max] must be whole blocks) and a remainder in that block that
     * none of them divides: for 2, 3 and 4, 12k + 1, 5, 7 or 11.
     */
    record WholeNumber(long min, long max, List<Integer> notDivisibleBy, long add) implements ArgumentDraw {
        public WholeNumber {
            notDivisibleBy = List.copyOf(notDivisibleBy);
        }

        long period() {
            long period = 1;
            for (int d : notDivisibleBy) {
                period = period / gcd(period, d) * d;
            }
            return period;
        }

        /** Whether [min, max] is whole blocks of the period: what the draw needs. */
        boolean wholeBlocks() {
            long period = period();
            return Math.floorMod(min, period) == 0 && Math.floorMod(max + 1, period) == 0 && max >= min;
        }

        @Override
        public Drawn draw(Random random, Map<String, Double> drawn) {
            long value = notDivisibleBy.isEmpty() ? min + random.nextInt(Math.toIntExact(max - min + 1))
                : blockAndRemainder(random);
            return new Drawn(Long.toString(value + add), value + add);
        }

        private long blockAndRemainder(Random random) {
            long period = period();
            long block = min / period + random.nextInt(Math.toIntExact((max + 1 - min) / period));
            List<Long> remainders = new ArrayList<>();
            for (long r = 0; r < period; r++) {
                long candidate = r;
                if (notDivisibleBy.stream().noneMatch(d -> candidate % d == 0)) {
                    remainders.add(r);
                }
            }
            return period * block + remainders.get(random.nextInt(remainders.size()));
        }

        private static long gcd(long a, long b) {
            return b == 0 ? a : gcd(b, a % b);
        }
    }

    /**
     * {@code min + width * u}, u uniform in [0, 1), or, {@code relativeTo} an argument drawn before,
     * {@code (that argument + min) + width * u}; printed with {@code decimals} decimals.
     */
    record Decimal(double min, double width, String relativeTo, int decimals) implements ArgumentDraw {
        @Override
        public Drawn draw(Random random, Map<String, Double> drawn) {
            double base = relativeTo == null ? min : drawn.get(relativeTo) + min;
            double value = base + width * random.nextDouble();
            return new Drawn(String.format(Locale.ROOT, "%." + decimals + "f", value), value);
        }
    }

    /** The same text at every seed (a file name), drawing nothing. */
    record Text(String text) implements ArgumentDraw {
        @Override
        public Drawn draw(Random random, Map<String, Double> drawn) {
            return new Drawn(text, Double.NaN);
        }
    }
}
