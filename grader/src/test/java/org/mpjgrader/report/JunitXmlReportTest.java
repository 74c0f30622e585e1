package org.mpjgrader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpjgrader.report.Results.exercise;
import static org.mpjgrader.report.Results.failed;
import static org.mpjgrader.report.Results.inconclusive;
import static org.mpjgrader.report.Results.passed;
import static org.mpjgrader.report.Results.result;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.Verdict;
import org.mpjgrader.result.Visibility;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML files, read back with Maven Surefire's own report parser. */
class JunitXmlReportTest {
    @TempDir
    Path folder;

    private final GradingResult graded = result(
        exercise("hello", "Hello ranks",
            passed("hello", 2, Visibility.VISIBLE),
            passed("hello", 4, Visibility.VISIBLE)),
        exercise("rootsum", "Sum at the root",
            passed("rootsum", 2, Visibility.VISIBLE, "100"),
            failed("rootsum", 4, Visibility.VISIBLE, Verdict.FAIL,
                "rank 0 printed sum=12 but expected sum=10\nthe root must add every rank's part", "100"),
            failed("rootsum", 4, Visibility.HIDDEN, Verdict.DEADLOCK, "ranks 1, 2 never returned from Recv",
                "7319"),
            failed("rootsum", 8, Visibility.HIDDEN, Verdict.NOT_GRADED,
                "MPJ Express could not start: not your fault", "912")));

    @Test
    void writesOneSurefireFilePerExercise() throws Exception {
        new JunitXmlReport(folder).gradingFinished(graded);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                .containsExactlyInAnyOrder("TEST-hello.xml", "TEST-rootsum.xml");
        }
        ReportTestSuite hello = parse("TEST-hello.xml");
        assertThat(hello.getFullClassName()).isEqualTo("mpj-grader.hello");
        assertThat(hello.getNumberOfTests()).isEqualTo(2);
        assertThat(hello.getNumberOfFailures() + hello.getNumberOfErrors() + hello.getNumberOfSkipped()).isZero();
        assertThat(hello.getTimeElapsed()).isEqualTo(2.5f);
        assertThat(hello.getTestCases()).extracting(ReportTestCase::getName)
            .containsExactly("np=2 visible", "np=4 visible");
        assertThat(hello.getTestCases()).allMatch(ReportTestCase::isSuccessful);
    }

    @Test
    void wrongOutputIsAFailureAProgramThatNeverEndsAnErrorAndAMachineFaultSkipped() throws Exception {
        new JunitXmlReport(folder).gradingFinished(graded);

        ReportTestSuite rootsum = parse("TEST-rootsum.xml");
        assertThat(rootsum.getNumberOfTests()).isEqualTo(4);
        assertThat(rootsum.getNumberOfFailures()).isEqualTo(1);
        assertThat(rootsum.getNumberOfErrors()).isEqualTo(1);
        assertThat(rootsum.getNumberOfSkipped()).isEqualTo(1);
        List<ReportTestCase> cases = rootsum.getTestCases();
        assertThat(cases).extracting(ReportTestCase::getName)
            .containsExactly("np=2 visible 100", "np=4 visible 100", "np=4 hidden 7319", "np=8 hidden 912");
        assertThat(cases).extracting(ReportTestCase::getFullClassName).containsOnly("mpj-grader.rootsum");

        ReportTestCase wrong = cases.get(1);
        assertThat(wrong.hasFailure()).isTrue();
        assertThat(wrong.getFailureType()).isEqualTo("FAIL");
        assertThat(wrong.getFailureMessage()).isEqualTo("rank 0 printed sum=12 but expected sum=10");
        assertThat(wrong.getFailureDetail())
            .isEqualTo("rank 0 printed sum=12 but expected sum=10\nthe root must add every rank's part");

        ReportTestCase deadlock = cases.get(2);
        assertThat(deadlock.hasError()).isTrue();
        assertThat(deadlock.getFailureType()).isEqualTo("DEADLOCK");
        assertThat(deadlock.getFailureMessage()).isEqualTo("ranks 1, 2 never returned from Recv");

        ReportTestCase notGraded = cases.get(3);
        assertThat(notGraded.hasSkipped()).isTrue();
        assertThat(notGraded.getFailureMessage()).isEqualTo("MPJ Express could not start: not your fault");
    }

    @Test
    void everyVerdictThatIsNotAPassCountsAsAFailureAnErrorOrASkip() {
        for (Verdict verdict : Verdict.values()) {
            JunitXmlReport.Outcome outcome = JunitXmlReport.Outcome.of(verdict);
            assertThat(outcome == JunitXmlReport.Outcome.PASSED).as(verdict.name()).isEqualTo(verdict.passed());
        }
        assertThat(JunitXmlReport.Outcome.of(Verdict.NOT_IMPLEMENTED)).isEqualTo(JunitXmlReport.Outcome.FAILURE);
        assertThat(JunitXmlReport.Outcome.of(Verdict.COMPILE_ERROR)).isEqualTo(JunitXmlReport.Outcome.ERROR);
        assertThat(JunitXmlReport.Outcome.of(Verdict.TIMEOUT)).isEqualTo(JunitXmlReport.Outcome.ERROR);
        assertThat(JunitXmlReport.Outcome.of(Verdict.CRASH)).isEqualTo(JunitXmlReport.Outcome.ERROR);
        assertThat(JunitXmlReport.Outcome.of(Verdict.RESOURCE_LIMIT)).isEqualTo(JunitXmlReport.Outcome.ERROR);
        assertThat(JunitXmlReport.Outcome.of(Verdict.INCONCLUSIVE)).isEqualTo(JunitXmlReport.Outcome.SKIPPED);
    }

    @Test
    void anInconclusiveRowIsSkippedWithItsReason() throws Exception {
        String reason = "rootsum at 4 ranks, arguments 60000000: wall-clock speedup inconclusive: this machine has 2 "
            + "cores, so 4 ranks cannot run at once";
        new JunitXmlReport(folder).gradingFinished(result(exercise("rootsum", "Sum at the root",
            passed("rootsum", 4, Visibility.PARALLEL, "60000000"), inconclusive("rootsum", 4, reason, "60000000"))));

        ReportTestSuite rootsum = parse("TEST-rootsum.xml");
        assertThat(rootsum.getNumberOfSkipped()).isEqualTo(1);
        assertThat(rootsum.getNumberOfFailures() + rootsum.getNumberOfErrors()).isZero();
        ReportTestCase row = rootsum.getTestCases().get(1);
        assertThat(row.getName()).isEqualTo("np=4 wall 60000000");
        assertThat(row.hasSkipped()).isTrue();
        assertThat(row.getFailureMessage()).isEqualTo(reason);
    }

    @Test
    void markupQuotesAndControlCharactersInAMessageStillMakeValidXml() throws Exception {
        String printed = "expected <sum> & \"total\" 'x' ]]> but got \u0000\u001b[31mred\u001b[0m \uD800 \uD83D\uDE00";
        new JunitXmlReport(folder).gradingFinished(result(exercise("p2p", "Ping pong",
            failed("p2p", 2, Visibility.VISIBLE, Verdict.CRASH, printed + "\n\tat Ping.main(Ping.java:7)",
                "<&>\""))));

        ReportTestCase crash = parse("TEST-p2p.xml").getTestCases().get(0);
        String kept = "expected <sum> & \"total\" 'x' ]]> but got [31mred[0m  \uD83D\uDE00";
        assertThat(crash.getName()).isEqualTo("np=2 visible <&>\"");
        assertThat(crash.getFailureMessage()).isEqualTo(kept);
        assertThat(crash.getFailureDetail()).isEqualTo(kept + "\n\tat Ping.main(Ping.java:7)");
    }

    @Test
    void propertiesRecordTheSeedAndWhatGradedIt() throws Exception {
        new JunitXmlReport(folder).gradingFinished(graded);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(folder.resolve("TEST-hello.xml").toFile());
        NodeList properties = xml.getElementsByTagName("property");
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            values.put(property.getAttribute("name"), property.getAttribute("value"));
        }
        assertThat(values).containsExactly(
            Map.entry("mpj-grader.seed", "42"),
            Map.entry("mpj-grader.version", "1.2.3"),
            Map.entry("java.version", "17.0.9+9"),
            Map.entry("mpj-express", "0.44"),
            Map.entry("cores", "8"),
            Map.entry("isolation", "files and network (bubblewrap)"));
    }

    @Test
    void anExerciseIdNeverLeavesTheFolder() {
        assertThat(JunitXmlReport.fileName("../etc/passwd")).isEqualTo("TEST-.._etc_passwd.xml");
    }

    private ReportTestSuite parse(String file) throws Exception {
        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
        try (InputStreamReader reader = new InputStreamReader(Files.newInputStream(folder.resolve(file)),
            StandardCharsets.UTF_8)) {
            List<ReportTestSuite> suites = parser.parse(reader);
            assertThat(suites).hasSize(1);
            return suites.get(0);
        }
    }
}
