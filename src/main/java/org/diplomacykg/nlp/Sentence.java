package org.diplomacykg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of an article with its tokens and dependency parse.
 * Offsets count characters of the article body. The NLP backend's own parse is kept package-private so that
 * {@link DependencyPattern} can run rules over it without other stages seeing backend types.
 */
public final class Sentence {
    private final int index;
    private final int begin;
    private final int end;
    private final String text;
    private final List<Token> tokens;
    private final List<Dependency> dependencies;
    final Object backendGraph;
    final Object backendTokens;

    public Sentence(int index, int begin, int end, String text, List<Token> tokens, List<Dependency> dependencies, Object backendGraph) {
        this(index, begin, end, text, tokens, dependencies, backendGraph, null);
    }

    public Sentence(int index, int begin, int end, String text, List<Token> tokens, List<Dependency> dependencies,
                    Object backendGraph, Object backendTokens) {
        this.index = index;
        this.begin = begin;
        this.end = end;
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.dependencies = List.copyOf(dependencies);
        this.backendGraph = backendGraph;
        this.backendTokens = backendTokens;
    }

    public int index() { return index; }
    public int begin() { return begin; }
    public int end() { return end; }
    public String text() { return text; }
    public List<Token> tokens() { return tokens; }
    public List<Dependency> dependencies() { return dependencies; }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** Dependencies whose governor is the token. */
    public List<Dependency> children(int governor) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == governor) {
                out.add(d);
            }
        }
        return out;
    }

    /** Dependencies whose dependent is the token. */
    public List<Dependency> parents(int dependent) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.dependent() == dependent) {
                out.add(d);
            }
        }
        return out;
    }

    /** The text of the body between two tokens, inclusive, as printed. */
    public String span(String body, int fromToken, int toToken) {
        return body.substring(tokens.get(fromToken).begin(), tokens.get(toToken).end());
    }

    @Override
    public String toString() {
        return "Sentence[" + index + " " + begin + "-" + end + ": " + text + "]";
    }
}
