package org.diplomacykg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.nlp.Token;

/**
 * Finds post titles as printed, of any ministry or office: a known title of {@code titles.tsv} ("Secretary of State",
 * also in lower case), or an open one that ends in a head noun of {@code title-words.tsv} with capitalised words
 * before it and of/for-complements after it ("Minister for Health", "Climate Change Minister", "First Deputy Foreign
 * Minister", "Secretary of the Supreme National Security Council", "Ambassador to Nepal"). Qualifiers ("Acting",
 * "former") stay in the title. A state or a known organisation after "of" is the post's owner, not part of the title
 * ("Minister of Foreign Affairs of Uzbekistan").
 */
final class TitlePhrases {
    /**
     * A title found in a sentence.
     *
     * @param first  first token
     * @param last   last token of the title, owner phrase included
     * @param text   the title as printed (the owner phrase left out), or the canonical form of a known title
     * @param scope  state, org or any (of titles.tsv), "any" for open titles
     * @param owner  the state or organisation named by an of-phrase inside the title, or null
     */
    record Found(int first, int last, String text, String scope, Entity owner) {}

    private final List<PostExtractor.Title> known;
    private final Set<String> heads = new HashSet<>();
    private final Set<String> qualifiers = new HashSet<>();
    private final Set<String> honorifics = new HashSet<>();
    private final Set<String> bodies = new HashSet<>();

    /**
     * @param known the titles of titles.tsv (tried longest first, so "Deputy Foreign Minister" wins over "Foreign
     *              Minister")
     * @param words title-words.tsv
     */
    TitlePhrases(List<PostExtractor.Title> known, Path words) {
        List<PostExtractor.Title> sorted = new ArrayList<>(known);
        sorted.sort(java.util.Comparator.comparingInt((PostExtractor.Title t) -> t.words().size()).reversed());
        this.known = List.copyOf(sorted);
        for (String[] row : RuleFiles.rows(words, 2)) {
            switch (row[1]) {
                case "head" -> heads.add(row[0]);
                case "qualifier" -> qualifiers.add(row[0]);
                case "honorific" -> honorifics.add(row[0]);
                case "body" -> bodies.add(row[0]);
                default -> throw new IllegalArgumentException(words + ": unknown kind of title word: " + row[1]);
            }
        }
    }

    /** The titles of titles.tsv, longest first. */
    List<PostExtractor.Title> known() {
        return known;
    }

    /** The head nouns of titles (lower case). */
    Set<String> heads() {
        return Set.copyOf(heads);
    }

    /** Every word of a title, lower case: those of the known titles, heads, qualifiers and honorifics. */
    Set<String> words() {
        Set<String> out = new HashSet<>(heads);
        out.addAll(qualifiers);
        out.addAll(honorifics);
        known.forEach(t -> out.addAll(t.words()));
        return Set.copyOf(out);
    }

    /** Whether the token is an honorific that may stand between a title and a name ("H.E.", "Dr", "Shri"). */
    /**
     * Whether a word of the title names the body the post belongs to ("Council President", "Assembly Speaker"): such a
     * title is that body's, and a state printed with the person is their nationality, not the post's owner.
     */
    boolean namesBody(Sentence s, Found title) {
        for (int t = title.first(); t < title.last(); t++) {
            if (bodies.contains(lower(s.token(t).word()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word qualifies a title and is kept in it ("acting", "former"), in any case. */
    boolean qualifier(String word) {
        return qualifiers.contains(lower(word));
    }

    boolean honorific(Token t) {
        return honorifics.contains(lower(t.word()));
    }

    /** The longest title that ends exactly at the token (owner phrase included), or null. */
    Found endingAt(ArticleContext ctx, Sentence s, int end) {
        if (end < 0) {
            return null;
        }
        for (int first = Math.max(0, end - 14); first <= end; first++) {
            Found f = parse(ctx, s, first, end);
            if (f != null && f.last() == end) {
                return f;
            }
        }
        return null;
    }

    /** The longest title starting at the token, or null. */
    Found startingAt(ArticleContext ctx, Sentence s, int first) {
        return first < 0 || first >= s.tokens().size() ? null : parse(ctx, s, first);
    }

    private Found parse(ArticleContext ctx, Sentence s, int first) {
        return parse(ctx, s, first, s.tokens().size() - 1);
    }

    /** Parses a title from {@code first}, never past {@code limit}. */
    private Found parse(ArticleContext ctx, Sentence s, int first, int limit) {
        Found knownTitle = knownAt(ctx, s, first, limit);
        int i = first;
        // Qualifiers and capitalised modifiers, then a capitalised head.
        int head = -1;
        while (i <= limit) {
            Token t = s.token(i);
            String w = lower(t.word());
            if (mentionBlocks(ctx, s, i, false) || honorifics.contains(w) || (i > first && lineBreakBefore(ctx, s, i))) {
                break;
            }
            boolean capital = capitalised(t);
            if (capital && isHead(w)) {
                head = i;
            }
            // A capitalised modifier is a common word ("Home Affairs", "Climate Change"): a word the NLP takes for part
            // of a name or a nationality ("KAZINFORM", "Kazak") is not part of a title.
            boolean acronym = t.word().length() > 1 && t.word().equals(t.word().toUpperCase(Locale.ROOT));
            boolean modifier = qualifiers.contains(w) || (capital && !acronym && isModifierTag(t) && "O".equals(t.ner()));
            if (!modifier && !(capital && isHead(w))) {
                break;
            }
            i++;
        }
        if (head < 0) {
            return knownTitle;
        }
        // The head is the last head word of the run: "Chief Secretary" ends at Secretary; the run stops there.
        int end = head;
        Entity owner = null;
        int ownerEnd = -1;
        // of/for complements: "Minister for Health", "Secretary of the Treasury"; "to" a destination: "Ambassador to Nepal".
        int k = end + 1;
        while (k + 1 <= limit) {
            String w = lower(s.token(k).word());
            if (!w.equals("of") && !w.equals("for") && !w.equals("to")) {
                break;
            }
            int c = k + 1;
            if (lower(s.token(c).word()).equals("the") && c + 1 <= limit) {
                c++;
            }
            Mention m = ctx.mentionAt(s.index(), c);
            if (m != null && m.firstToken() == c && m.lastToken() <= limit && isOwner(m.entity())) {
                if (w.equals("to")) {
                    end = m.lastToken();
                    k = end + 1;
                    continue;
                }
                if (m.entity().type() == EntityType.STATE || m.entity().entry() != null) {
                    owner = m.entity();
                    ownerEnd = m.lastToken();
                    break;
                }
            }
            if (w.equals("to")) {
                break;
            }
            int j = c;
            while (j <= limit && complementWord(ctx, s, j, c) && !lineBreakBefore(ctx, s, j)) {
                j++;
            }
            // A complement ends on a capitalised word, never on "and" or "of".
            while (j - 1 >= c && !capitalised(s.token(j - 1))) {
                j--;
            }
            if (j == c) {
                break;
            }
            end = j - 1;
            k = j;
        }
        int last = ownerEnd >= 0 ? ownerEnd : end;
        String text = ctx.body().substring(s.token(first).begin(), s.token(end).end()).replaceAll("\\s+", " ");
        if (knownTitle != null && knownTitle.last() >= last) {
            return knownTitle;
        }
        PostExtractor.Title exact = knownTitle(text);
        if (exact != null) {
            return new Found(first, last, exact.canonical(), exact.scope(), owner);
        }
        if (first == end || text.equals(text.toUpperCase(Locale.ROOT))) {
            // A head alone ("Secretary Kerry", "SECRETARY KERRY:") says only that some post is held, not which.
            return null;
        }
        return new Found(first, last, text, "any", owner);
    }

    /** A title of titles.tsv starting at the token, in any case ("the prime minister"), with an of-owner after it. */
    private Found knownAt(ArticleContext ctx, Sentence s, int first, int limit) {
        for (PostExtractor.Title t : known) {
            int n = t.words().size();
            if (first + n - 1 > limit || "relative".equals(t.scope())) {
                continue;
            }
            boolean match = true;
            for (int q = 0; q < n && match; q++) {
                match = lower(s.token(first + q).word()).equals(t.words().get(q));
            }
            if (!match) {
                continue;
            }
            int last = first + n - 1;
            Entity owner = null;
            int c = last + 1;
            if (c + 1 <= limit && lower(s.token(c).word()).equals("of")) {
                c++;
                if (lower(s.token(c).word()).equals("the") && c + 1 <= limit) {
                    c++;
                }
                Mention m = ctx.mentionAt(s.index(), c);
                if (m != null && m.firstToken() == c && m.lastToken() <= limit && isOwner(m.entity())) {
                    owner = m.entity();
                    last = m.lastToken();
                }
            }
            return new Found(first, last, t.canonical(), t.scope(), owner);
        }
        return null;
    }

    private PostExtractor.Title knownTitle(String text) {
        List<String> words = List.of(lower(text).split("\\s+"));
        for (PostExtractor.Title t : known) {
            if (t.words().equals(words)) {
                return t;
            }
        }
        return null;
    }

    /** A word of an of/for-complement: capitalised words, "and", "&", inner "of"; no state and no person. */
    private boolean complementWord(ArticleContext ctx, Sentence s, int j, int start) {
        Token t = s.token(j);
        String w = lower(t.word());
        if (mentionBlocks(ctx, s, j, true)) {
            return false;
        }
        if (capitalised(t) && !t.word().equals("-LRB-")) {
            // "Minister for Health and Minister for Pacific Peoples": a head after "and" starts a second title
            return !(isHead(w) && j > start && lower(s.token(j - 1).word()).matches("and|&"));
        }
        return j > start && (w.equals("and") || w.equals("&") || w.equals("of"));
    }

    /**
     * Whether a mention at the token ends the title: a person, a state or a demonym always; a known organisation
     * only inside a complement (it is then the owner); an organisation the NLP found but the gazetteer does not know
     * ("Supreme National Security Council") may be part of the title's complement.
     */
    private static boolean mentionBlocks(ArticleContext ctx, Sentence s, int token, boolean inComplement) {
        Mention m = ctx.mentionAt(s.index(), token);
        if (m == null) {
            return false;
        }
        EntityType type = m.entity().type();
        if (type == EntityType.ORGANISATION && m.entity().entry() == null) {
            return !inComplement;
        }
        return true;
    }

    private static boolean lineBreakBefore(ArticleContext ctx, Sentence s, int token) {
        return token > 0 && ctx.body().substring(s.token(token - 1).end(), s.token(token).begin()).contains("\n");
    }

    private boolean isHead(String w) {
        if (heads.contains(w)) {
            return true;
        }
        int dash = w.lastIndexOf('-');
        return dash > 0 && heads.contains(w.substring(dash + 1));
    }

    private static boolean isModifierTag(Token t) {
        return t.pos().startsWith("NN") || t.pos().startsWith("JJ");
    }

    static boolean isOwner(Entity e) {
        return e.type() == EntityType.STATE || e.type() == EntityType.ORGANISATION;
    }

    private static boolean capitalised(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !"DATE".equals(t.ner()) && !"NUMBER".equals(t.ner());
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
