package org.mpjgrader.check.lines;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A number computed from named values: what a number of a graded line must equal. The language is small on
 * purpose, so that a teacher reads it as arithmetic and the grader can say what went wrong at which column:
 * decimal numbers, names, {@code + - * /}, {@code mod} (floored: {@code -1 mod 3} is 2, as the rank to the left
 * of rank 0 is), parentheses, {@code min(a, b)}, {@code max(a, b)}, {@code abs(a)}, {@code floor(a)},
 * {@code xor(a, b)} (Java's {@code ^} on whole numbers), {@code sqrt(a)}, {@code sum(k, from, to, body)}, the sum
 * of {@code body} for the whole numbers k = from..to (none when to < from), and one comparison ({@code = != < <= >
 * >=}), 1 where it holds and 0 where not: a condition (a mistake's {@code if}), or a factor that keeps some terms of
 * a sum. Values are {@code double}s: whole numbers are exact up to 2^53. {@link ExpressionParser} reads the text.
 */
public sealed interface Expression {
    /** The most terms one {@code sum} may add: a runaway bound is a mistake of the package, not a long wait. */
    long MAX_TERMS = 10_000_000;

    /**
     * The value with {@code names} bound.
     *
     * @throws IllegalStateException where it has none: a sum's bound that is not whole or too large, a division
     *                               by zero, a name without a value
     */
    double value(Map<String, Double> names);

    /** A number written out. */
    record Literal(double number) implements Expression {
        @Override
        public double value(Map<String, Double> names) {
            return number;
        }
    }

    /** {@code rank}, {@code ranks}, an argument's name, or a sum's variable. */
    record Name(String name) implements Expression {
        @Override
        public double value(Map<String, Double> names) {
            Double value = names.get(name);
            if (value == null) {
                throw new IllegalStateException("'" + name + "' has no value");
            }
            return value;
        }
    }

    record Negation(Expression operand) implements Expression {
        @Override
        public double value(Map<String, Double> names) {
            return -operand.value(names);
        }
    }

    /** {@code + - * / mod}. */
    record Operation(char operator, Expression left, Expression right) implements Expression {
        @Override
        public double value(Map<String, Double> names) {
            double a = left.value(names);
            double b = right.value(names);
            return switch (operator) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                case '/' -> divide(a, b);
                case 'm' -> a - Math.floor(divide(a, b)) * b;
                default -> throw new IllegalStateException("no operator " + operator);
            };
        }

        private static double divide(double a, double b) {
            if (b == 0) {
                throw new IllegalStateException("division by zero");
            }
            return a / b;
        }
    }

    /**
     * {@code a < b} and the others: 1 where it holds, 0 where not, so that a condition is a number like any other
     * ({@code sum(i, 0, m, sqrt(i) * (i mod ranks = rank))} keeps a rank's terms).
     */
    record Comparison(String operator, Expression left, Expression right) implements Expression {
        @Override
        public double value(Map<String, Double> names) {
            double a = left.value(names);
            double b = right.value(names);
            boolean holds = switch (operator) {
                case "=" -> a == b;
                case "!=" -> a != b;
                case "<" -> a < b;
                case "<=" -> a <= b;
                case ">" -> a > b;
                case ">=" -> a >= b;
                default -> throw new IllegalStateException("no comparison " + operator);
            };
            return holds ? 1 : 0;
        }
    }

    /** {@code min}, {@code max}, {@code abs}, {@code floor}, {@code xor}, {@code sqrt}. */
    record Function(String function, List<Expression> arguments) implements Expression {
        public Function {
            arguments = List.copyOf(arguments);
        }

        @Override
        public double value(Map<String, Double> names) {
            double a = arguments.get(0).value(names);
            return switch (function) {
                case "min" -> Math.min(a, arguments.get(1).value(names));
                case "max" -> Math.max(a, arguments.get(1).value(names));
                case "abs" -> Math.abs(a);
                case "floor" -> Math.floor(a);
                case "xor" -> xor(a, arguments.get(1).value(names));
                case "sqrt" -> sqrt(a);
                default -> throw new IllegalStateException("no function " + function);
            };
        }

        /** A square root, as {@code Math.sqrt} computes it, so that a sum of them is a program's to the last bit. */
        private static double sqrt(double a) {
            if (a < 0) {
                throw new IllegalStateException("sqrt(" + a + "): the square root of a negative number");
            }
            return Math.sqrt(a);
        }

        /**
         * What a program computes where it writes {@code a ^ b}: an exclusive or, which students take for a power,
         * so that a package can name the value that mistake gives ({@code xor(rank, 2)} for a square).
         */
        private static double xor(double a, double b) {
            if (a != Math.rint(a) || b != Math.rint(b) || Math.abs(a) > 1e15 || Math.abs(b) > 1e15) {
                throw new IllegalStateException("xor(" + a + ", " + b + "): xor takes whole numbers");
            }
            return (double) ((long) a ^ (long) b);
        }
    }

    /** {@code sum(variable, from, to, body)}. */
    record Sum(String variable, Expression from, Expression to, Expression body) implements Expression {
        @Override
        public double value(Map<String, Double> names) {
            long first = whole(from.value(names), "from");
            long last = whole(to.value(names), "to");
            if (last - first + 1 > MAX_TERMS) {
                throw new IllegalStateException("sum over " + variable + " of " + (last - first + 1)
                    + " terms: at most " + MAX_TERMS);
            }
            Map<String, Double> inner = new HashMap<>(names);
            double sum = 0;
            for (long k = first; k <= last; k++) {
                inner.put(variable, (double) k);
                sum += body.value(inner);
            }
            return sum;
        }

        private long whole(double bound, String which) {
            if (bound != Math.rint(bound) || Math.abs(bound) > 1e15) {
                throw new IllegalStateException("sum over " + variable + ": '" + which + "' is " + bound
                    + ", not a whole number");
            }
            return (long) bound;
        }
    }
}
