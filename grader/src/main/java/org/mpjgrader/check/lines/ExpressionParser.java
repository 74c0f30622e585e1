package org.mpjgrader.check.lines;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an {@link Expression} by recursive descent, knowing the names it may use, so that a misspelt name or a
 * missing parenthesis is the package's mistake, found when the course is read, with its column:
 *
 * <pre>
 * expression := additive (('=' | '!=' | '<' | '<=' | '>' | '>=') additive)?
 * additive   := term (('+' | '-') term)*
 * term       := factor (('*' | '/' | 'mod') factor)*
 * factor     := '-' factor | number | name | call | '(' expression ')'
 * call       := ('min' | 'max' | 'xor') '(' expression ',' expression ')'
 *             | ('abs' | 'floor' | 'sqrt') '(' expression ')'
 *             | 'sum' '(' name ',' expression ',' expression ',' expression ')'
 * </pre>
 *
 * A comparison binds loosest and is not chained ({@code a < b < c} is refused): {@code rank + 1 = ranks} reads as
 * arithmetic does, and a comparison inside arithmetic needs its parentheses ({@code sqrt(i) * (i mod 2 = 0)}).
 *
 * <pre>
 * </pre>
 */
public final class ExpressionParser {
    private static final Map<String, Integer> FUNCTIONS = Map.of("min", 2, "max", 2, "abs", 1, "floor", 1, "xor", 2,
        "sqrt", 1);
    /** Longest first, so that {@code <=} is not read as {@code <} and a stray {@code =}. */
    private static final List<String> COMPARISONS = List.of("!=", "<=", ">=", "=", "<", ">");

    private final String text;
    private final Set<String> names;
    private int at;

    private ExpressionParser(String text, Set<String> names) {
        this.text = text;
        this.names = new HashSet<>(names);
    }

    /**
     * @param names the names the expression may use ({@code rank}, {@code ranks}, the arguments')
     * @throws IllegalArgumentException {@code expression 'sum(k, 1, stepz, k)': unknown name 'stepz' at column 13
     *                                  (known: rank, ranks, steps)}
     */
    public static Expression parse(String text, Set<String> names) {
        ExpressionParser parser = new ExpressionParser(text, names);
        Expression expression = parser.expression();
        parser.skipSpaces();
        if (parser.at < text.length()) {
            throw parser.error("unexpected '" + text.charAt(parser.at) + "'");
        }
        return expression;
    }

    private Expression expression() {
        Expression left = additive();
        for (String operator : COMPARISONS) {
            if (acceptText(operator)) {
                return new Expression.Comparison(operator, left, additive());
            }
        }
        return left;
    }

    private Expression additive() {
        Expression left = term();
        while (true) {
            if (accept('+')) {
                left = new Expression.Operation('+', left, term());
            } else if (accept('-')) {
                left = new Expression.Operation('-', left, term());
            } else {
                return left;
            }
        }
    }

    private Expression term() {
        Expression left = factor();
        while (true) {
            if (accept('*')) {
                left = new Expression.Operation('*', left, factor());
            } else if (accept('/')) {
                left = new Expression.Operation('/', left, factor());
            } else if (acceptWord("mod")) {
                left = new Expression.Operation('m', left, factor());
            } else {
                return left;
            }
        }
    }

    private Expression factor() {
        skipSpaces();
        if (accept('-')) {
            return new Expression.Negation(factor());
        }
        if (accept('(')) {
            Expression inner = expression();
            expect(')');
            return inner;
        }
        if (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            return number();
        }
        int start = at;
        String word = word();
        if (word.isEmpty()) {
            throw error(at < text.length() ? "unexpected '" + text.charAt(at) + "'" : "the expression ends early");
        }
        if (word.equals("sum")) {
            return sum(start);
        }
        if (FUNCTIONS.containsKey(word)) {
            return function(word);
        }
        if (!names.contains(word)) {
            at = start;
            throw error("unknown name '" + word + "' (known: " + String.join(", ", new TreeSet<>(names)) + ")");
        }
        return new Expression.Name(word);
    }

    private Expression number() {
        int start = at;
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        String number = text.substring(start, at);
        try {
            return new Expression.Literal(Double.parseDouble(number));
        } catch (NumberFormatException e) {
            at = start;
            throw error("'" + number + "' is not a number");
        }
    }

    private Expression function(String name) {
        expect('(');
        List<Expression> arguments = new ArrayList<>(List.of(expression()));
        for (int i = 1; i < FUNCTIONS.get(name); i++) {
            expect(',');
            arguments.add(expression());
        }
        expect(')');
        return new Expression.Function(name, arguments);
    }

    /** {@code sum(k, from, to, body)}: k is a name of the body alone, and must not hide one of the others. */
    private Expression sum(int start) {
        expect('(');
        skipSpaces();
        int variableAt = at;
        String variable = word();
        if (variable.isEmpty() || names.contains(variable) || FUNCTIONS.containsKey(variable)
            || variable.equals("sum") || variable.equals("mod")) {
            at = variableAt;
            throw error("sum(k, from, to, body) needs a new name for k first"
                + (variable.isEmpty() ? "" : ", not '" + variable + "'"));
        }
        expect(',');
        Expression from = expression();
        expect(',');
        Expression to = expression();
        expect(',');
        names.add(variable);
        Expression body = expression();
        names.remove(variable);
        expect(')');
        return new Expression.Sum(variable, from, to, body);
    }

    private String word() {
        int start = at;
        if (at < text.length() && (Character.isLetter(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                at++;
            }
        }
        return text.substring(start, at);
    }

    private boolean accept(char c) {
        skipSpaces();
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private boolean acceptText(String operator) {
        skipSpaces();
        if (text.startsWith(operator, at)) {
            at += operator.length();
            return true;
        }
        return false;
    }

    /** {@code mod}, and not the start of a longer name ({@code modulus}). */
    private boolean acceptWord(String keyword) {
        skipSpaces();
        int end = at + keyword.length();
        if (text.startsWith(keyword, at)
            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '_')) {
            at = end;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw error("expected '" + c + "'" + (at < text.length() ? " but found '" + text.charAt(at) + "'"
                : " but the expression ends"));
        }
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("expression '" + text + "': " + what + " at column " + (at + 1));
    }
}
