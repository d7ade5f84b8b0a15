package org.diplomacykg.extract;

import java.util.List;

/** The topics of the SKOS topic scheme, each with the words whose use shows an article discusses it. */
public record TopicScheme(List<Topic> topics) {
    public TopicScheme {
        topics = List.copyOf(topics);
    }

    /** One topic: its concept IRI, preferred label, and the words (labels and hidden labels) that signal it. */
    public record Topic(String concept, String label, List<String> words) {
        public Topic {
            words = List.copyOf(words);
        }
    }

    public static TopicScheme empty() {
        return new TopicScheme(List.of());
    }
}
