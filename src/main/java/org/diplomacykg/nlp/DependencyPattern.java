package org.diplomacykg.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pattern over a sentence's dependency parse, written in Semgrex (CoreNLP's language for dependency graphs), so that
 * extraction rules live in data files. A match gives each named node ({@code =name}) as a token index.
 */
public final class DependencyPattern {
    private final String source;
    private final SemgrexPattern pattern;

    private DependencyPattern(String source, SemgrexPattern pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    /**
     * Compiles a Semgrex pattern.
     *
     * @throws IllegalArgumentException when it does not parse
     */
    public static DependencyPattern compile(String semgrex) {
        try {
            return new DependencyPattern(semgrex, SemgrexPattern.compile(semgrex));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad dependency pattern '" + semgrex + "': " + e.getMessage(), e);
        }
    }

    public String source() {
        return source;
    }

    /** Every match in the sentence, each as named node → token index (from 0). */
    public List<Map<String, Integer>> matches(Sentence sentence) {
        List<Map<String, Integer>> out = new ArrayList<>();
        if (!(sentence.backendGraph instanceof SemanticGraph graph)) {
            return out;
        }
        SemgrexMatcher m = pattern.matcher(graph);
        while (m.find()) {
            Map<String, Integer> named = new LinkedHashMap<>();
            named.put("", m.getMatch().index() - 1);
            for (String name : m.getNodeNames()) {
                IndexedWord w = m.getNode(name);
                if (w != null) {
                    named.put(name, w.index() - 1);
                }
            }
            if (!out.contains(named)) {
                out.add(named);
            }
        }
        return out;
    }
}
