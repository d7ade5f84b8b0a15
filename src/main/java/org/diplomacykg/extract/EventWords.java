package org.diplomacykg.extract;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.nlp.WordLists;

/**
 * The word lists of event extraction, from {@code data/rules/event-words.tsv} (its comments say what each list does).
 * Immutable.
 */
public record EventWords(Set<String> motion, Set<String> journey, Map<String, String> journeyNouns, Set<String> planning,
                         Set<String> agreeing, Set<String> welcoming, Set<String> calledOff, Set<String> refusing, Set<String> saying,
                         Set<String> simultaneous, Set<String> otherTime, Set<String> negation, Set<String> hypothetical,
                         Set<String> distributive, Set<String> talkNouns, Set<String> personNouns, Set<String> precise,
                         Set<String> partOfDay, Set<String> onCounterpart) {
    public EventWords {
        motion = Set.copyOf(motion);
        journey = Set.copyOf(journey);
        journeyNouns = Map.copyOf(journeyNouns);
        planning = Set.copyOf(planning);
        agreeing = Set.copyOf(agreeing);
        welcoming = Set.copyOf(welcoming);
        calledOff = Set.copyOf(calledOff);
        refusing = Set.copyOf(refusing);
        saying = Set.copyOf(saying);
        simultaneous = Set.copyOf(simultaneous);
        otherTime = Set.copyOf(otherTime);
        negation = Set.copyOf(negation);
        hypothetical = Set.copyOf(hypothetical);
        distributive = Set.copyOf(distributive);
        talkNouns = Set.copyOf(talkNouns);
        personNouns = Set.copyOf(personNouns);
        precise = Set.copyOf(precise);
        partOfDay = Set.copyOf(partOfDay);
        onCounterpart = Set.copyOf(onCounterpart);
    }

    /** Reads the lists of a word-list file (every list named above must be there). */
    public static EventWords load(Path file) {
        WordLists w = WordLists.read(file);
        return new EventWords(w.get("motion"), w.get("journey"), w.pairs("journey-nouns"), w.get("planning"),
                w.get("agreeing"), w.get("welcoming"), w.get("called-off"), w.get("refusing"), w.get("saying"), w.get("simultaneous"),
                w.get("other-time"), w.get("negation"), w.get("hypothetical"), w.get("distributive"), w.get("talk-nouns"),
                w.get("person-nouns"), w.get("precise"), w.get("part-of-day"), w.get("on-counterpart"));
    }
}
