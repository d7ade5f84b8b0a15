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
 * gazetteer knows: a group it cannot enumerate exactly stays unresolved.
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

    /** The member states the group headed by this token stands for, or an empty list. */
    public List<Entity> members(Sentence s, int head) {
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
            return List.of();
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
