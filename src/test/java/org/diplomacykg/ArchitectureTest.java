package org.diplomacykg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.SourceScan.Source;
import org.junit.jupiter.api.Test;

/**
 * The import rules of {@code docs/architecture.md}, read off the main sources ({@link SourceScan}): the stages in their
 * order, each importing only earlier ones; CoreNLP only in {@code nlp} (and {@code bench}, which measures it); the
 * servlet and Fuseki stack only in {@code server} (and {@code bench} and {@code cli}, which start servers); no Jena in
 * the stages before the graph; picocli only in {@code cli}; the jte template engine only in {@code server}, whose pages
 * it writes. Where today's code breaks a rule it is listed in
 * {@link #EXCEPTIONS} with its reason; an exception no longer needed fails too, so the list only shrinks.
 */
class ArchitectureTest {

    /**
     * The stages in the order one article flows through them; a stage may import only stages of a lower rank. Stages of
     * one rank ({@code validate}, {@code reason}, {@code eval}: side roads after the store) import none of each other.
     */
    static final Map<String, Integer> ORDER = order(
            "article", 0, "nlp", 1, "extract", 2, "graph", 3, "consolidate", 4, "store", 5,
            "validate", 6, "reason", 6, "eval", 6, "server", 7, "pipeline", 8, "bench", 9, "cli", 10);

    /**
     * A named breach of a rule that today's code makes on purpose.
     *
     * @param file   the source file, from {@code src/main/java/org/diplomacykg/}
     * @param uses   what it uses that the rule forbids: a stage name, or the name of a library rule
     * @param reason why
     */
    record KnownBreach(String file, String uses, String reason) {}

    static final List<KnownBreach> EXCEPTIONS = List.of();

    /** A library only some stages may use. */
    record LibraryRule(String name, Pattern use, Set<String> allowed) {}

    static final List<LibraryRule> LIBRARIES = List.of(
            new LibraryRule("corenlp", Pattern.compile("\\bedu\\.stanford\\.nlp\\b"), Set.of("nlp", "bench")),
            new LibraryRule("server-stack",
                    Pattern.compile("\\b(org\\.apache\\.jena\\.fuseki|jakarta\\.servlet|javax\\.servlet|org\\.eclipse\\.jetty)\\b"),
                    Set.of("server", "bench", "cli")),
            new LibraryRule("jena", Pattern.compile("\\borg\\.apache\\.jena\\b"),
                    Set.of("graph", "consolidate", "store", "validate", "reason", "eval", "server", "pipeline", "bench", "cli")),
            new LibraryRule("picocli", Pattern.compile("\\bpicocli\\b"), Set.of("cli")),
            new LibraryRule("jte", Pattern.compile("\\bgg\\.jte\\b"), Set.of("server")));

    private static final Pattern STAGE_USE = Pattern.compile("\\borg\\.diplomacykg\\.([a-z]+)\\.");

    @Test
    void everyStageHasItsPlaceInTheOrder() {
        assertEquals(new TreeSet<>(ORDER.keySet()), new TreeSet<>(SourceScan.stages()),
                "a new package needs its rank in ArchitectureTest.ORDER and a line in docs/architecture.md");
    }

    @Test
    void everyStageStatesItsContract() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String stage : SourceScan.stages()) {
            Path info = SourceScan.MAIN.resolve(stage).resolve("package-info.java");
            String text = Files.exists(info) ? Files.readString(info) : "";
            if (!(text.contains("Needs:") && text.contains("Gives:") && text.contains("Must not"))) {
                missing.add(stage);
            }
        }
        assertTrue(missing.isEmpty(), "packages without a package-info.java stating Needs:, Gives:, Must not …: " + missing);
    }

    @Test
    void noStageImportsALaterOne() {
        List<String> breaches = breaches(SourceScan.main(), true);
        assertTrue(breaches.isEmpty(), "stages importing a later or parallel stage:\n" + String.join("\n", breaches));
    }

    @Test
    void librariesStayInTheirStages() {
        List<String> breaches = breaches(SourceScan.main(), false);
        assertTrue(breaches.isEmpty(), "libraries used outside their stages:\n" + String.join("\n", breaches));
    }

    @Test
    void everyExceptionIsStillNeeded() {
        Set<String> used = new TreeSet<>();
        for (Source s : SourceScan.main()) {
            stageUses(s).forEach(u -> used.add(relative(s) + " " + u.used));
            libraryUses(s).forEach(u -> used.add(relative(s) + " " + u.used));
        }
        for (KnownBreach e : EXCEPTIONS) {
            assertTrue(used.contains(e.file() + " " + e.uses()), "exception no longer needed, remove it: " + e);
        }
    }

    /** The rules see what they forbid, and only in code: the test can fail. */
    @Test
    void rulesCatchWhatTheyForbid() {
        List<Source> bad = List.of(
                source("nlp/Bad.java", "package org.diplomacykg.nlp;\nimport org.diplomacykg.graph.DKG;\nclass Bad {}\n"),
                source("article/Bad.java", "class Bad { Object o = new org.diplomacykg.store.TdbStore(); }"),
                source("validate/Bad.java", "import org.diplomacykg.eval.Score;"),
                source("extract/Bad.java", "import org.apache.jena.rdf.model.Model;"),
                source("graph/Bad.java", "import edu.stanford.nlp.pipeline.Annotation;"),
                source("store/Bad.java", "import jakarta.servlet.http.HttpServlet;"),
                source("server/Bad.java", "import picocli.CommandLine;"),
                source("validate/BadPage.java", "import gg.jte.TemplateEngine;"),
                source("reason/Experiments.java", "import org.diplomacykg.server.DkgServer;"));
        assertEquals(4, breaches(bad, true).size(), String.join("\n", breaches(bad, true)));
        assertEquals(5, breaches(bad, false).size(), String.join("\n", breaches(bad, false)));
        List<Source> good = List.of(
                source("nlp/Good.java", "/** See {@link org.diplomacykg.graph.DKG}. */\nclass Good { // org.apache.jena.graph.Node\n}"),
                source("cli/Good.java", "import org.diplomacykg.server.DkgServer;\nimport picocli.CommandLine;"),
                source("server/Good.java", "import org.diplomacykg.store.TdbStore;\nimport static org.diplomacykg.server.Pages.render;\n"
                        + "import gg.jte.TemplateEngine;"));
        assertEquals(List.of(), breaches(good, true));
        assertEquals(List.of(), breaches(good, false));
    }

    private record Use(String used, int at, String what) {}

    private static List<String> breaches(List<Source> sources, boolean stages) {
        List<String> out = new ArrayList<>();
        for (Source s : sources) {
            for (Use u : stages ? stageUses(s) : libraryUses(s)) {
                if (EXCEPTIONS.stream().noneMatch(e -> e.file().equals(relative(s)) && e.uses().equals(u.used))) {
                    out.add(s.file() + ":" + s.line(u.at) + ": " + s.stage() + " uses " + u.what);
                }
            }
        }
        return out;
    }

    /** The later (or parallel) stages a source names. */
    private static List<Use> stageUses(Source s) {
        List<Use> out = new ArrayList<>();
        Matcher m = STAGE_USE.matcher(s.code());
        int rank = ORDER.getOrDefault(s.stage(), -1);
        while (m.find()) {
            String target = m.group(1);
            if (!target.equals(s.stage()) && ORDER.getOrDefault(target, Integer.MAX_VALUE) >= rank) {
                out.add(new Use(target, m.start(), "the later stage " + target));
            }
        }
        return out;
    }

    /** The libraries a source uses that its stage may not. */
    private static List<Use> libraryUses(Source s) {
        List<Use> out = new ArrayList<>();
        for (LibraryRule r : LIBRARIES) {
            Matcher m = r.use().matcher(s.code());
            if (!r.allowed().contains(s.stage()) && m.find()) {
                out.add(new Use(r.name(), m.start(), r.name() + " (" + m.group() + "), allowed in " + new TreeSet<>(r.allowed())));
            }
        }
        return out;
    }

    private static String relative(Source s) {
        return s.file().substring(SourceScan.MAIN.toString().length() + 1);
    }

    private static Source source(String relative, String code) {
        return new Source(SourceScan.MAIN + "/" + relative, relative.substring(0, relative.indexOf('/')), SourceScan.withoutComments(code));
    }

    private static Map<String, Integer> order(Object... stageAndRank) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < stageAndRank.length; i += 2) {
            out.put((String) stageAndRank[i], (Integer) stageAndRank[i + 1]);
        }
        return out;
    }
}
