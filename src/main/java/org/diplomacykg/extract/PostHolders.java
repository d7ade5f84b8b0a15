package org.diplomacykg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplomacykg.nlp.Dependency;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.nlp.Token;

/**
 * Who a description stands for ("the US president", "the minister", "Moscow's top diplomat"): the one person the
 * article names holding a post that fits it ({@code speaker-descriptions.tsv}). Quote speakers and event participants
 * resolve through it; a description that fits several persons, or none, stays a description.
 */
final class PostHolders {
    /** A description's words (head last) and the post titles that fit it. */
    public record DescriptionRule(List<String> words, List<String> titles) {}

    /**
     * The rules of {@code speaker-descriptions.tsv}: descriptions with the titles that fit them, words that keep a
     * description from resolving (another post: "former", "deputy"), and words that say nothing of the post.
     */
    public record Descriptions(List<DescriptionRule> fits, Set<String> blocks, Set<String> ignores) {
        public static final Descriptions NONE = new Descriptions(List.of(), Set.of(), Set.of());
    }

    private final Descriptions descriptions;

    PostHolders(Descriptions descriptions) {
        this.descriptions = descriptions;
    }

    /** Reads {@code speaker-descriptions.tsv} (kind, words, titles). */
    public static Descriptions load(Path file) {
        List<DescriptionRule> fits = new ArrayList<>();
        Set<String> blocks = new HashSet<>();
        Set<String> ignores = new HashSet<>();
        for (String[] row : RuleFiles.rows(file, 3)) {
            String words = row[1].toLowerCase(Locale.ROOT);
            switch (row[0]) {
                case "fits" -> fits.add(new DescriptionRule(List.of(words.split("\\s+")), List.of(row[2].split("\\|"))));
                case "blocks" -> blocks.add(words);
                case "ignores" -> ignores.add(words);
                default -> throw new IllegalArgumentException(file + ": unknown kind " + row[0]);
            }
        }
        // Longest description first: "foreign minister" before "minister".
        fits.sort((a, b) -> b.words().size() - a.words().size());
        return new Descriptions(fits, blocks, ignores);
    }

    /**
     * "The US president said", "the minister added", "the Kenyan leader told reporters": the one person the article
     * names holding a post that fits the description (and in the state it names), or null when none or several do.
     */
    Entity holder(ArticleContext ctx, Sentence s, int head, List<Claims.PostClaim> posts) {
        Token h = s.token(head);
        if (posts.isEmpty() || !(h.pos().equals("NN") || h.pos().equals("NNP"))) {
            return null;
        }
        boolean definite = false;
        Entity state = null;
        List<Integer> modifiers = new ArrayList<>();
        for (Dependency d : s.children(head)) {
            String rel = d.relation();
            Token dep = s.token(d.dependent());
            Mention m = ctx.mentionAt(s.index(), d.dependent());
            boolean owner = m != null && (m.entity().type() == EntityType.STATE || m.entity().type() == EntityType.ORGANISATION);
            if (rel.equals("det")) {
                if (!dep.lemma().equalsIgnoreCase("the")) {
                    return null;
                }
                definite = true;
            } else if (rel.equals("nmod:poss") || rel.startsWith("nmod:of") || rel.equals("compound") || rel.equals("amod")) {
                if (owner) {
                    if (state != null && !state.equals(m.entity())) {
                        return null;
                    }
                    state = m.entity();
                    definite |= rel.equals("nmod:poss");
                } else if (m != null || rel.equals("nmod:poss") || d.dependent() > head) {
                    return null; // a person's, "his", "of the council": not a post the article's posts can tell
                } else {
                    modifiers.add(d.dependent());
                }
            }
        }
        if (!definite) {
            return null;
        }
        modifiers.add(head);
        modifiers.sort(null);
        List<String> words = new ArrayList<>();
        for (int i : modifiers) {
            words.add(s.token(i).word().toLowerCase(Locale.ROOT));
        }
        for (DescriptionRule rule : descriptions.fits()) {
            int n = rule.words().size();
            if (words.size() < n || !words.subList(words.size() - n, words.size()).equals(rule.words())) {
                continue;
            }
            List<String> extra = new ArrayList<>();
            for (String w : words.subList(0, words.size() - n)) {
                if (descriptions.blocks().contains(w)) {
                    return null;
                }
                if (!descriptions.ignores().contains(w) && !w.matches(".*\\d.*")) {
                    extra.add(w);
                }
            }
            List<Entity> holders = new ArrayList<>();
            for (Claims.PostClaim p : posts) {
                if (p.person().type() == EntityType.PERSON && (state == null || state.equals(p.in())) && fits(p.title(), rule, extra)
                        && !holders.contains(p.person())) {
                    holders.add(p.person());
                }
            }
            if (holders.size() == 1) {
                return holders.get(0);
            }
            // Several fit: the one of them named last, outside quotes, in this sentence or the three before, if only
            // one is named in the nearest sentence naming any; else the description stays.
            List<Span> spans = QuoteSpans.find(ctx.body());
            for (int si = s.index(); si >= Math.max(0, s.index() - NAMED_REACH); si--) {
                int at = si;
                List<Entity> near = holders.stream().filter(e -> namedIn(ctx, at, e, spans)).toList();
                if (!near.isEmpty()) {
                    return near.size() == 1 ? near.get(0) : null;
                }
            }
        }
        return null;
    }

    /** How many sentences back a description looks for the post holder last named. */
    private static final int NAMED_REACH = 3;

    /** Whether the sentence names the person outside quotation marks. */
    private static boolean namedIn(ArticleContext ctx, int sentence, Entity person, List<Span> spans) {
        for (Mention m : ctx.mentions(sentence)) {
            if (m.entity().equals(person) && spans.stream().noneMatch(sp -> sp.begin() <= m.span().begin() && m.span().end() <= sp.end())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a post title fits a description rule, the description's extra words ("health" minister) all in it. */
    private boolean fits(String title, DescriptionRule rule, List<String> extra) {
        List<String> tw = List.of(title.toLowerCase(Locale.ROOT).split("[\\s-]+"));
        if (!tw.containsAll(extra)) {
            return false;
        }
        for (String pattern : rule.titles()) {
            String p = pattern.toLowerCase(Locale.ROOT);
            if (p.startsWith("* ")) {
                List<String> fixed = List.of(p.substring(2).split("[\\s-]+"));
                if (tw.size() > fixed.size() && tw.subList(tw.size() - fixed.size(), tw.size()).equals(fixed)
                        && tw.subList(0, tw.size() - fixed.size()).stream().noneMatch(descriptions.blocks()::contains)) {
                    return true;
                }
            } else if (p.endsWith(" *")) {
                List<String> fixed = List.of(p.substring(0, p.length() - 2).split("[\\s-]+"));
                if (tw.size() > fixed.size() + 1 && tw.subList(0, fixed.size()).equals(fixed)
                        && tw.get(fixed.size()).matches("of|for|to")
                        && tw.subList(fixed.size() + 1, tw.size()).stream().noneMatch(descriptions.blocks()::contains)) {
                    return true;
                }
            } else if (tw.equals(List.of(p.split("[\\s-]+")))) {
                return true;
            }
        }
        return false;
    }

}
