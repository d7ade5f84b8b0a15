package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.nlp.Dependency;
import org.diplomacykg.nlp.Sentence;

/**
 * Resolves a counted group of states named by their region ("the five Central Asian states", "all 10 ASEAN
 * countries") to its members in the gazetteer, but only when the count in the text equals the number of members the
 * gazetteer knows: a group it cannot enumerate exactly stays unresolved. A counted group without region ("the five
 * countries") stands for the list of exactly that many states the article gave last ("Kazakhstan, Uzbekistan,
 * Tajikistan, Turkmenistan and Kyrgyzstan"), in that sentence or up to {@link #LIST_REACH} before.
 */
public final class GroupResolver {
    private static final Set<String> GROUP_NOUNS = Set.of("state", "country", "republic", "nation", "member");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    private final Gazetteer gazetteer;

    public GroupResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** How many sentences back a counted group may find the list of states it stands for. */
    static final int LIST_REACH = 6;

    /** The member states the group headed by this token stands for, or an empty list. */
    public List<Entity> members(ArticleContext ctx, Sentence s, int head) {
        String lemma = s.token(head).lemma().toLowerCase(Locale.ROOT);
        if (!GROUP_NOUNS.contains(lemma)) {
            return List.of();
        }
        int count = -1;
        int numberToken = -1;
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("nummod")) {
                count = number(s.token(d.dependent()).word());
                numberToken = d.dependent();
            }
        }
        if (count < 2 || numberToken >= head) {
            return List.of();
        }
        StringBuilder adjective = new StringBuilder();
        for (int t = numberToken + 1; t < head; t++) {
            if (adjective.length() > 0) {
                adjective.append(' ');
            }
            adjective.append(s.token(t).word());
        }
        if (adjective.length() == 0) {
            return listed(ctx, s, numberToken, count);
        }
        for (GazetteerEntry group : gazetteer.byDemonym(adjective.toString())) {
            List<Entity> members = new ArrayList<>();
            for (GazetteerEntry e : gazetteer.entries()) {
                if (e.type() == EntityType.STATE && e.locatedIn().contains(group.iri())) {
                    members.add(Entity.of(e));
                }
            }
            if (members.size() == count) {
                return members;
            }
        }
        return List.of();
    }

    /** The last list of exactly {@code count} states joined by "and" or commas, before the token, or an empty list. */
    private static List<Entity> listed(ArticleContext ctx, Sentence s, int before, int count) {
        for (int si = s.index(); si >= Math.max(0, s.index() - LIST_REACH); si--) {
            Sentence at = ctx.sentences().get(si);
            int end = si == s.index() ? before : at.tokens().size();
            for (int t = end - 1; t >= 0; t--) {
                Entity first = state(ctx, at, t);
                if (first == null || at.parents(t).stream().anyMatch(d -> d.relation().startsWith("conj"))) {
                    continue;
                }
                List<Entity> list = new ArrayList<>(List.of(first));
                for (Dependency d : at.children(t)) {
                    Entity next = d.relation().startsWith("conj") && d.dependent() < end ? state(ctx, at, d.dependent()) : null;
                    if (next != null && !list.contains(next)) {
                        list.add(next);
                    }
                }
                if (list.size() == count) {
                    return list;
                }
            }
        }
        return List.of();
    }

    private static Entity state(ArticleContext ctx, Sentence s, int token) {
        Mention m = ctx.mentionAt(s.index(), token);
        return m != null && m.kind() == Mention.Kind.NAME && m.entity().type() == EntityType.STATE ? m.entity() : null;
    }

    private static int number(String w) {
        String lw = w.toLowerCase(Locale.ROOT);
        if (NUMBERS.containsKey(lw)) {
            return NUMBERS.get(lw);
        }
        try {
            return Integer.parseInt(lw);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
