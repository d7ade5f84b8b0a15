package org.diplomacykg.extract;

import java.nio.file.Path;
import java.util.List;
import org.diplomacykg.nlp.AnnotatedArticle;

/**
 * The extract stage: needs an annotated article; gives its claims (entities, posts, events, quotes,
 * characterisations), each with the span of the sentence it came from. Rules are read once from the rules folder;
 * {@link #extract} is thread-safe.
 */
public final class Extractor {
    private final EntityRecognizer entities;
    private final PostExtractor posts;
    private final EventExtractor events;
    private final EventMerger merger;
    private final QuoteExtractor quotes;
    private final CharacterisationExtractor characterisations;
    private final TopicExtractor topics;
    private final Gazetteer gazetteer;

    public Extractor(Gazetteer gazetteer, TopicScheme topicScheme, Path rulesDir) {
        this.gazetteer = gazetteer;
        List<PostExtractor.Title> titles = PostExtractor.loadTitles(rulesDir.resolve("titles.tsv"));
        TitlePhrases titlePhrases = new TitlePhrases(titles, rulesDir.resolve("title-words.tsv"));
        java.util.Set<String> titleHeads = titlePhrases.heads();
        this.entities = new EntityRecognizer(gazetteer, titles.stream().map(PostExtractor.Title::words).toList(), titleHeads,
                EntityRecognizer.loadVenueHeads(rulesDir.resolve("venue-heads.tsv")), EntityRecognizer.Metonymy.load(rulesDir.resolve("metonymy.tsv")),
                EntityRecognizer.loadGenericBodies(rulesDir.resolve("generic-bodies.txt")));
        this.posts = new PostExtractor(titlePhrases, gazetteer, PostExtractor.PublisherOfficials.load(rulesDir.resolve("publisher-officials.tsv")));
        PostHolders.Descriptions descriptions = PostHolders.load(rulesDir.resolve("speaker-descriptions.tsv"));
        List<EventExtractor.Rule> eventRules = EventExtractor.loadRules(rulesDir.resolve("events.tsv"));
        this.events = new EventExtractor(eventRules, gazetteer,
                EventExtractor.loadBodies(rulesDir.resolve("multilateral-bodies.txt"), gazetteer), titleHeads, descriptions,
                EventWords.load(rulesDir.resolve("event-words.tsv")));
        this.merger = new EventMerger(gazetteer, eventRules.stream()
                .filter(r -> r.flags().contains(EventExtractor.NO_MEETING_DATE)).map(EventExtractor.Rule::name)
                .collect(java.util.stream.Collectors.toSet()));
        this.quotes = new QuoteExtractor(QuoteExtractor.loadVerbs(rulesDir.resolve("speech-verbs.txt")),
                QuoteExtractor.loadVerbs(rulesDir.resolve("quoting-verbs.txt")), descriptions,
                titlePhrases.words(), QuoteExtractor.loadVerbs(rulesDir.resolve("speaking-documents.txt")));
        this.characterisations = CharacterisationExtractor.load(rulesDir);
        this.topics = new TopicExtractor(topicScheme);
    }

    public Claims extract(AnnotatedArticle article) {
        ArticleContext ctx = new ArticleContext(article, entities.recognise(article), gazetteer, events.words().personNouns());
        List<Span> quoteSpans = QuoteSpans.find(article.article().body());
        List<Claims.CharacterisationClaim> chars = characterisations.extract(ctx, quoteSpans);
        List<Span> described = chars.stream().map(Claims.CharacterisationClaim::description).filter(java.util.Objects::nonNull).toList();
        // Posts first: a speaker described by a post ("the foreign minister said") is the one person holding it.
        List<Claims.PostClaim> postClaims = posts.extract(ctx);
        ctx.posts(postClaims);
        // ... or holding a title the article prints with no state ("the prime minister, François Legault")
        List<Claims.QuoteClaim> quoteClaims = quotes.extract(ctx, quoteSpans, described, ctx.holders());
        List<Claims.EventClaim> eventMentions = new java.util.ArrayList<>(events.extract(ctx, quoteSpans));
        Claims.EventClaim remarks = TranscriptQuotes.speech(ctx, quoteClaims, events::dateOf);
        if (remarks != null) {
            eventMentions.add(remarks);
        }
        // Quoted words that characterise are a quote and a characterisation by the quote's speaker.
        List<Claims.CharacterisationClaim> allChars = new java.util.ArrayList<>(chars);
        allChars.addAll(characterisations.extractQuoted(ctx, quoteClaims, chars));
        return new Claims(article.article(), ctx.allMentions(), postClaims, merger.merge(ctx, eventMentions),
                quoteClaims, allChars, topics.extract(ctx));
    }
}
