package org.mpjgrader.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mpjgrader.grading.GradingListener;
import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingEnvironment;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.IntegrityFlag;
import org.mpjgrader.result.RunGrade;
import org.mpjgrader.result.Verdict;

/**
 * Writes the result as JUnit XML in Maven Surefire's format, which CI systems (GitHub Actions reporters,
 * GitLab, Jenkins) read: one file {@code TEST-<exercise id>.xml} per exercise, holding a {@code <testsuite>}
 * named {@code mpj-grader.<id>} whose {@code <properties>} record the seed, the grading environment and the
 * pattern the exercise's rank counts show ({@code mpj-grader.pattern}, where there is one), and a
 * {@code <testcase>} per run named {@code np=<N> <visible|hidden> <arguments>}. What a run's program tried that the
 * sandbox denies or the grader forbids is the test case's {@code <system-out>} ({@code integrity: rank 0 tried ...}),
 * and the suite's property {@code mpj-grader.integrity}.
 *
 * <p>A run that did not pass is told apart as JUnit tells an assertion from an exception:
 * <ul>
 *   <li>{@code <failure>}: the program ran and was judged wrong, or is not there yet ({@code FAIL},
 *   {@code NOT_IMPLEMENTED});</li>
 *   <li>{@code <error>}: the program did not get to an end of its own (it did not compile, crashed, deadlocked,
 *   ran out of time or of a resource);</li>
 *   <li>{@code <skipped>}: the run was not graded, through no fault of the submission ({@code NOT_GRADED}), or the
 *   machine could not show what it judges ({@code INCONCLUSIVE}, with the reason as the message).</li>
 * </ul>
 * Each carries the verdict as {@code type}, the message's first line as {@code message} and the whole message as
 * its text. Hidden runs show their arguments too, like the JSON report: these files are for machines and
 * teachers, and the arguments keep the names of two runs apart. Each file is written whole or not at all.
 */
public final class JunitXmlReport implements GradingListener {
    /** Prefix of suite and class names, so that graded runs never mix with the course's own unit tests. */
    static final String SUITE_PREFIX = "mpj-grader.";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private final Path folder;

    public JunitXmlReport(Path folder) {
        this.folder = folder;
    }

    @Override
    public void gradingFinished(GradingResult result) {
        for (ExerciseResult exercise : result.exercises()) {
            AtomicFile.write(folder.resolve(fileName(exercise.id())), out -> write(result, exercise, out));
        }
    }

    /** {@code TEST-<id>.xml}, as Surefire names its files; odd characters of an id become {@code _}. */
    static String fileName(String exerciseId) {
        return "TEST-" + exerciseId.replaceAll("[^A-Za-z0-9._-]", "_") + ".xml";
    }

    /** The testcase name of one run: {@code np=4 visible 100 7}, or {@code np=4 hidden} with no arguments. */
    static String testName(RunGrade run) {
        StringBuilder name = new StringBuilder("np=").append(run.np()).append(' ')
            .append(run.visibility().name().toLowerCase(Locale.ROOT));
        run.arguments().forEach(argument -> name.append(' ').append(argument));
        return name.toString();
    }

    private static void write(GradingResult result, ExerciseResult exercise, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            new SuiteWriter(xml).suite(result, exercise);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML of " + exercise.id(), e);
        }
    }

    /** Element by element, indented by hand: StAX writes no whitespace of its own. */
    private record SuiteWriter(XMLStreamWriter xml) {

        void suite(GradingResult result, ExerciseResult exercise) throws XMLStreamException {
            xml.writeStartDocument("UTF-8", "1.0");
            newline(0);
            xml.writeStartElement("testsuite");
            attribute("name", SUITE_PREFIX + exercise.id());
            attribute("tests", Integer.toString(exercise.runs().size()));
            attribute("failures", Long.toString(count(exercise, Outcome.FAILURE)));
            attribute("errors", Long.toString(count(exercise, Outcome.ERROR)));
            attribute("skipped", Long.toString(count(exercise, Outcome.SKIPPED)));
            attribute("time", seconds(exercise.runs().stream().map(RunGrade::wall).reduce(Duration.ZERO,
                Duration::plus)));
            properties(result, exercise);
            for (RunGrade run : exercise.runs()) {
                testcase(exercise, run);
            }
            newline(0);
            xml.writeEndElement();
            newline(0);
            xml.writeEndDocument();
        }

        private void properties(GradingResult result, ExerciseResult exercise) throws XMLStreamException {
            GradingEnvironment environment = result.environment();
            newline(1);
            xml.writeStartElement("properties");
            property("mpj-grader.seed", Long.toString(result.seed()));
            property("mpj-grader.version", environment.graderVersion());
            property("java.version", environment.javaVersion());
            property("mpj-express", environment.mpjExpress());
            property("cores", Integer.toString(environment.cores()));
            property("isolation", environment.isolation());
            if (exercise.hasPattern()) {
                property("mpj-grader.pattern", exercise.pattern());
            }
            List<String> tried = exercise.runs().stream().flatMap(r -> r.integrity().stream())
                .map(IntegrityFlag::message).distinct().toList();
            if (!tried.isEmpty()) {
                property("mpj-grader.integrity", String.join("\n", tried));
            }
            newline(1);
            xml.writeEndElement();
        }

        private void property(String name, String value) throws XMLStreamException {
            newline(2);
            xml.writeEmptyElement("property");
            attribute("name", name);
            attribute("value", value);
        }

        private void testcase(ExerciseResult exercise, RunGrade run) throws XMLStreamException {
            Outcome outcome = Outcome.of(run.verdict());
            boolean empty = outcome == Outcome.PASSED && run.integrity().isEmpty();
            newline(1);
            if (empty) {
                xml.writeEmptyElement("testcase");
            } else {
                xml.writeStartElement("testcase");
            }
            attribute("name", testName(run));
            attribute("classname", SUITE_PREFIX + exercise.id());
            attribute("time", seconds(run.wall()));
            if (empty) {
                return;
            }
            newline(2);
            if (outcome == Outcome.PASSED) {
                integrity(run);
                newline(1);
                xml.writeEndElement();
                return;
            }
            String message = XmlText.valid(run.message());
            if (outcome == Outcome.SKIPPED) {
                xml.writeEmptyElement(outcome.element);
                attribute("message", message.lines().findFirst().orElse(""));
            } else {
                xml.writeStartElement(outcome.element);
                attribute("message", message.lines().findFirst().orElse(""));
                attribute("type", run.verdict().name());
                cdata(message);
                xml.writeEndElement();
            }
            if (!run.integrity().isEmpty()) {
                newline(2);
                integrity(run);
            }
            newline(1);
            xml.writeEndElement();
        }

        /** What the run's program tried, as the test case's standard output: {@code integrity: rank 0 tried ...}. */
        private void integrity(RunGrade run) throws XMLStreamException {
            xml.writeStartElement("system-out");
            cdata(XmlText.valid(run.integrity().stream().map(f -> "integrity: " + f.message() + "\n")
                .collect(java.util.stream.Collectors.joining())));
            xml.writeEndElement();
        }

        /**
         * The whole message as CDATA: readers such as Surefire's own parser drop the blanks between escaped
         * characters of plain text ({@code a < b} comes back as {@code a <b}). CDATA cannot hold {@code ]]>}, so
         * that is split over two sections.
         */
        private void cdata(String text) throws XMLStreamException {
            String[] parts = text.split("]]>", -1);
            for (int i = 0; i < parts.length; i++) {
                boolean last = i == parts.length - 1;
                xml.writeCData((i == 0 ? "" : ">") + parts[i] + (last ? "" : "]]"));
            }
        }

        private void attribute(String name, String value) throws XMLStreamException {
            xml.writeAttribute(name, XmlText.valid(value));
        }

        private void newline(int depth) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }

        private static long count(ExerciseResult exercise, Outcome outcome) {
            return exercise.runs().stream().filter(run -> Outcome.of(run.verdict()) == outcome).count();
        }

        private static String seconds(Duration wall) {
            return String.format(Locale.ROOT, "%.3f", wall.toNanos() / 1e9);
        }
    }

    /** What JUnit calls each verdict; see the class comment for why. */
    enum Outcome {
        PASSED(""),
        FAILURE("failure"),
        ERROR("error"),
        SKIPPED("skipped");

        final String element;

        Outcome(String element) {
            this.element = element;
        }

        static Outcome of(Verdict verdict) {
            return switch (verdict) {
                case PASS -> PASSED;
                case FAIL, NOT_IMPLEMENTED -> FAILURE;
                case COMPILE_ERROR, CRASH, DEADLOCK, TIMEOUT, RESOURCE_LIMIT -> ERROR;
                case NOT_GRADED, INCONCLUSIVE -> SKIPPED;
            };
        }
    }
}
