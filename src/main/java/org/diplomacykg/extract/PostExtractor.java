package org.diplomacykg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.diplomacykg.extract.EntityType;
import org.diplomacykg.extract.Claims.PostClaim;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.nlp.Token;

/**
 * Needs entity mentions; gives the posts persons hold, from a title next to the name: before it with the state or
 * organisation in front ("Uzbek President Islam Karimov", "US Secretary of State John Kerry"), or in an apposition
 * after it ("Idrissov, Kazakhstan's foreign minister", "Lavrov, Foreign Minister of Russia"). A state post with no
 * state in the text takes the person's state from the gazetteer; an organisation post needs the organisation named.
 */
public final class PostExtractor {
    /** A title as printed, its canonical form and whether it belongs to a state or an organisation. */
    public record Title(List<String> words, String canonical, String scope) {}

    private final List<Title> titles;
    private final Gazetteer gazetteer;

    public PostExtractor(List<Title> titles, Gazetteer gazetteer) {
        this.titles = new ArrayList<>(titles);
        this.titles.sort(Comparator.comparingInt((Title t) -> t.words().size()).reversed());
        this.gazetteer = gazetteer;
    }

    /** Reads the titles of {@code titles.tsv}. */
    public static List<Title> loadTitles(Path file) {
        List<Title> out = new ArrayList<>();
        for (String[] row : RuleFiles.rows(file, 3)) {
            out.add(new Title(List.of(row[0].toLowerCase(Locale.ROOT).split("\\s+")), row[1], row[2]));
        }
        return out;
    }

    public List<PostClaim> extract(ArticleContext ctx) {
        // The posts found so far in this article: a counterpart's post is relative to one of them.
        List<PostClaim> out = new ArrayList<>();
        for (Sentence s : ctx.sentences()) {
            for (Mention m : ctx.mentions(s.index())) {
                if (m.entity().type() != EntityType.PERSON || m.kind() == Mention.Kind.DEMONYM) {
                    continue;
                }
                PostClaim before = titleBefore(ctx, s, m, out);
                PostClaim after = before == null ? titleAfter(ctx, s, m) : null;
                for (PostClaim p : new PostClaim[] {before, after}) {
                    if (p != null && !out.contains(p)) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    /**
     * [state or demonym] TITLE NAME; TITLE of OWNER NAME ("chairman of the High Peace Council Mohammad Karim
     * Khalili"); [owner] TITLE to STATE NAME ("US Ambassador to Kazakhstan George Krol"); As [owner] TITLE, NAME.
     */
    private PostClaim titleBefore(ArticleContext ctx, Sentence s, Mention person, List<PostClaim> found) {
        int end = person.firstToken() - 1;
        if (end >= 0 && s.token(end).word().equals(",")) {
            // "As OSCE Chairperson-in-Office, Steinmeier is chairing ..."
            Title title = titleEndingAt(s, end - 1);
            if (title == null) {
                return null;
            }
            int titleStart = end - title.words().size();
            Entity in = ownerEndingAt(ctx, s, titleStart - 1);
            int asToken = in == null ? titleStart - 1 : ctx.mentionAt(s.index(), titleStart - 1).firstToken() - 1;
            if (asToken >= 0 && s.token(asToken).word().equalsIgnoreCase("as")) {
                return claim(ctx, s, person.entity(), title, in, "as-title-comma-name");
            }
            return null;
        }
        Mention owner = end >= 0 ? ctx.mentionAt(s.index(), end) : null;
        if (owner != null && owner.lastToken() == end && isOwner(owner.entity())) {
            int k = owner.firstToken() - 1;
            if (k >= 0 && s.token(k).word().equalsIgnoreCase("the")) {
                k--;
            }
            if (k >= 1 && (s.token(k).word().equalsIgnoreCase("of") || s.token(k).word().equalsIgnoreCase("to"))) {
                boolean of = s.token(k).word().equalsIgnoreCase("of");
                Title title = titleEndingAt(s, k - 1);
                if (title != null) {
                    int titleStart = k - title.words().size();
                    Entity in = of ? owner.entity() : ownerEndingAt(ctx, s, titleStart - 1);
                    return claim(ctx, s, person.entity(), title, in, of ? "title-of-owner-name" : "title-to-state-name");
                }
            }
        }
        PostClaim counterpart = counterpart(ctx, s, person, end, found);
        if (counterpart != null) {
            return counterpart;
        }
        Title title = titleEndingAt(s, end);
        if (title == null) {
            return null;
        }
        int titleStart = end - title.words().size() + 1;
        Entity in = ownerEndingAt(ctx, s, titleStart - 1);
        return claim(ctx, s, person.entity(), title, in, "title-before-name");
    }

    /**
     * "his Russian counterpart Sergey Lavrov", "Kerry's Tajik counterpart": the post the possessor holds in this
     * article, in the state the demonym names. Nothing when the possessor or their post is not known.
     */
    private PostClaim counterpart(ArticleContext ctx, Sentence s, Mention person, int end, List<PostClaim> found) {
        if (end < 1 || !s.token(end).lemma().equalsIgnoreCase("counterpart")) {
            return null;
        }
        Mention state = ctx.mentionAt(s.index(), end - 1);
        if (state == null || state.entity().type() != EntityType.STATE) {
            return null;
        }
        int poss = state.firstToken() - 1;
        Entity possessor = null;
        if (poss >= 0 && s.token(poss).pos().equals("PRP$")) {
            possessor = ctx.entityAt(s, poss);
        } else if (poss >= 1 && (s.token(poss).word().equals("'s") || s.token(poss).word().equals("’s"))) {
            possessor = ctx.entityAt(s, poss - 1);
        }
        if (possessor == null) {
            return null;
        }
        for (PostClaim p : found) {
            // A counterpart holds the same post in another state: only a post of a state has one.
            if (p.person().equals(possessor) && p.in().type() == EntityType.STATE) {
                Title t = titleFor(p.title());
                if (t != null) {
                    return claim(ctx, s, person.entity(), functionTitle(t, state.entity()), state.entity(), "counterpart");
                }
            }
        }
        return null;
    }

    /** The title of the same function in another state: a US Secretary of State's counterpart is a foreign minister. */
    private Title functionTitle(Title t, Entity state) {
        if (t.canonical().equals("Secretary of State") || t.canonical().equals("Foreign Secretary")) {
            Title fm = titleFor("Foreign Minister");
            return fm != null ? fm : t;
        }
        return t;
    }

    private Title titleFor(String canonical) {
        for (Title t : titles) {
            if (t.canonical().equals(canonical)) {
                return t;
            }
        }
        return null;
    }

    /** NAME , [the] [state's | demonym] TITLE [of STATE]; also NAME on one line and TITLE on the next (a header). */
    private PostClaim titleAfter(ArticleContext ctx, Sentence s, Mention person) {
        int i = person.lastToken() + 1;
        if (i >= s.tokens().size()) {
            return null;
        }
        String between = ctx.body().substring(s.token(i - 1).end(), s.token(i).begin());
        if (s.token(i).word().equals(",")) {
            i++;
        } else if (!between.contains("\n") || !between.isBlank()) {
            return null;
        }
        if (i < s.tokens().size() && s.token(i).word().equalsIgnoreCase("the")) {
            i++;
        }
        Entity in = null;
        Mention owner = i < s.tokens().size() ? ctx.mentionAt(s.index(), i) : null;
        if (owner != null && isOwner(owner.entity())) {
            in = owner.entity();
            i = owner.lastToken() + 1;
            if (i < s.tokens().size() && s.token(i).word().equals("'s") || i < s.tokens().size() && s.token(i).word().equals("’s")) {
                i++;
            }
        }
        Title title = titleStartingAt(s, i);
        if (title == null) {
            return null;
        }
        int after = i + title.words().size();
        if (in == null && after + 1 < s.tokens().size() && s.token(after).word().equalsIgnoreCase("of")) {
            int k = after + 1;
            if (s.token(k).word().equalsIgnoreCase("the") && k + 1 < s.tokens().size()) {
                k++;
            }
            Mention of = ctx.mentionAt(s.index(), k);
            if (of != null && isOwner(of.entity())) {
                in = of.entity();
            }
        }
        return claim(ctx, s, person.entity(), title, in, "title-in-apposition");
    }

    private PostClaim claim(ArticleContext ctx, Sentence s, Entity person, Title title, Entity in, String rule) {
        if ("relative".equals(title.scope())) {
            return null; // "counterpart" names a post only through its possessor's (see counterpart())
        }
        if (in == null && "org".equals(title.scope())) {
            return null;
        }
        if (in == null && person.entry() != null && person.entry().citizenOf() != null) {
            in = gazetteer.byIri(person.entry().citizenOf()).map(Entity::of).orElse(null);
        }
        if (in == null) {
            return null;
        }
        if ("state".equals(title.scope()) && in.type() != EntityType.STATE) {
            return null;
        }
        return new PostClaim(person, title.canonical(), in, ctx.sentenceSpan(s), rule);
    }

    private static boolean isOwner(Entity e) {
        return e.type() == EntityType.STATE || e.type() == EntityType.ORGANISATION;
    }

    /** The state or organisation named (or named by a demonym, or possessive) just before the token. */
    private static Entity ownerEndingAt(ArticleContext ctx, Sentence s, int token) {
        if (token < 0) {
            return null;
        }
        if ((s.token(token).word().equals("'s") || s.token(token).word().equals("’s")) && token > 0) {
            token--;
        }
        Mention m = ctx.mentionAt(s.index(), token);
        if (m != null && m.lastToken() == token && isOwner(m.entity())) {
            return m.entity();
        }
        return null;
    }

    private Title titleEndingAt(Sentence s, int end) {
        for (Title t : titles) {
            int start = end - t.words().size() + 1;
            if (start >= 0 && wordsMatch(s, start, t)) {
                return t;
            }
        }
        return null;
    }

    private Title titleStartingAt(Sentence s, int start) {
        for (Title t : titles) {
            if (start + t.words().size() <= s.tokens().size() && wordsMatch(s, start, t)) {
                return t;
            }
        }
        return null;
    }

    private static boolean wordsMatch(Sentence s, int start, Title t) {
        for (int k = 0; k < t.words().size(); k++) {
            Token tok = s.token(start + k);
            if (!tok.word().toLowerCase(Locale.ROOT).equals(t.words().get(k))) {
                return false;
            }
        }
        return true;
    }
}
