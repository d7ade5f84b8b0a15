package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.diplomacykg.extract.Claims.TopicClaim;
import org.diplomacykg.nlp.Sentence;

/**
 * Needs sentences; gives the topics an article discusses: a topic of the scheme whose words (labels and hidden
 * labels, whole words, any case) appear in at least {@link #MIN_SENTENCES} sentences. A topic named once in passing
 * ("Russia, Iran, Afghanistan, and China") is not what the article is about.
 */
public final class TopicExtractor {
    /** Sentences that must use a topic's words before the article is said to discuss it. */
    public static final int MIN_SENTENCES = 2;

    private record Compiled(TopicScheme.Topic topic, Pattern pattern) {}

    private final List<Compiled> topics = new ArrayList<>();

    public TopicExtractor(TopicScheme scheme) {
        for (TopicScheme.Topic t : scheme.topics()) {
            List<String> alternatives = new ArrayList<>();
            for (String w : t.words()) {
                alternatives.add(Pattern.quote(w.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"));
            }
            if (!alternatives.isEmpty()) {
                topics.add(new Compiled(t, Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])")));
            }
        }
    }

    public List<TopicClaim> extract(ArticleContext ctx) {
        List<TopicClaim> out = new ArrayList<>();
        for (Compiled c : topics) {
            List<Span> evidence = new ArrayList<>();
            for (Sentence s : ctx.sentences()) {
                if (c.pattern().matcher(s.text().toLowerCase(Locale.ROOT)).find()) {
                    evidence.add(ctx.sentenceSpan(s));
                }
            }
            if (evidence.size() >= MIN_SENTENCES) {
                out.add(new TopicClaim(c.topic().concept(), c.topic().label(), evidence));
            }
        }
        return out;
    }
}
