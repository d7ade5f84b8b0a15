package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.extract.Claims.QuoteClaim;
import org.diplomacykg.nlp.Sentence;

/**
 * Quotes of a transcript: a paragraph that opens with a speaker label ("SECRETARY KERRY:", "Sergey Lavrov:",
 * "Obama:" on a line of its own, "Prime Minister of the Republic of Poland Jan Nowak:", "Shri Arindam Bagchi, Official
 * Spokesperson:") starts that speaker's turn, and every paragraph of the turn, up to the next label, is a quote of that
 * speaker. The label must name a person the article names (its mention lies inside the label, or a word of the label is
 * the surname of exactly one person the article names, as in "MINISTER DUARTE:");
 * labels naming no one ("Question:", "Moderator:") end the turn and claim nothing, and so does a paragraph that
 * names the speaker (someone addressing them, in a transcript that did not label the questioner).
 */
public final class TranscriptQuotes {
    /**
     * A label: up to twelve capitalised words, a title's small words ("of the", "for") and commas between them, and a
     * colon, at the start of a line.
     */
    /** The words of a speaker label at the start of a line, as group 1. */
    private static final String LABEL_WORDS =
            "(?m)^[ \\t]*([A-Z][\\p{L}.'’-]*(?:,?[ \\t]+(?:(?:of|the|for|and|on|de|da|van|von|al|bin)[ \\t]+)*[A-Z][\\p{L}.'’-]*){0,11})";
    private static final Pattern LABEL = Pattern.compile(LABEL_WORDS + "[ \\t]*:[ \\t]*");
    private static final Pattern LABEL_WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    /**
     * A press release's block quote: a line "Foreign Secretary Ana Duarte said:" (a label, a speech verb, a colon and
     * nothing after it), the words said being the next paragraph, printed without quotation marks.
     */
    private static final Pattern SAID_COLON = Pattern.compile(
            LABEL_WORDS + "[ \\t]+(?:said|says|stated|added|commented|declared|noted)[ \\t]*:[ \\t]*$");
    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n(?![ \\t]*\\n)[^\\n]+)*");

    private TranscriptQuotes() {}

    public static List<QuoteClaim> extract(ArticleContext ctx) {
        return extract(ctx, java.util.Set.of());
    }

    /**
     * The turns; {@code titleWords} (lower case) tell the title from the name in a label naming a person the recogniser
     * missed ("Prime Minister of the Republic of Poland Jan Nowak:"), whose surname then names them in later labels.
     */
    public static List<QuoteClaim> extract(ArticleContext ctx, java.util.Set<String> titleWords) {
        String body = ctx.body();
        List<int[]> labels = new ArrayList<>(); // {labelStart, labelEnd, textStart}
        Matcher m = LABEL.matcher(body);
        while (m.find()) {
            labels.add(new int[] {m.start(1), m.end(1), m.end()});
        }
        List<QuoteClaim> out = new ArrayList<>();
        List<Entity> labelled = new ArrayList<>(); // persons named only by labels
        for (int[] l : labels) {
            if (personIn(ctx, l[0], l[1]) == null) {
                Entity named = nameAfterTitle(ctx, l[0], l[1], titleWords);
                if (named != null && !labelled.contains(named)) {
                    labelled.add(named);
                }
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            int[] l = labels.get(i);
            Entity speaker = personIn(ctx, l[0], l[1]);
            if (speaker == null) {
                speaker = nameAfterTitle(ctx, l[0], l[1], titleWords);
            }
            if (speaker == null) {
                speaker = bySurname(ctx, l[0], l[1], labelled);
            }
            if (speaker == null) {
                continue;
            }
            int turnEnd = i + 1 < labels.size() ? lineStart(body, labels.get(i + 1)[0]) : body.length();
            Span attribution = new Span(l[0], l[1]);
            Matcher p = PARAGRAPH.matcher(body).region(l[2], turnEnd);
            while (p.find()) {
                String text = p.group().strip();
                if (text.split("\\s+").length < QuoteExtractor.MIN_WORDS) {
                    continue;
                }
                int begin = p.start() + (p.group().length() - p.group().stripLeading().length());
                Span quote = new Span(begin, begin + text.length());
                if (names(ctx, quote, speaker)) {
                    // People do not name themselves: a paragraph addressing the speaker ("President Obama, are
                    // you ...") is someone else's, an unlabelled question; the turn is over.
                    break;
                }
                out.add(new QuoteClaim(text, quote, speaker, null, attribution, "transcript-speaker-label"));
            }
        }
        out.addAll(blockQuotes(ctx, titleWords, labelled));
        return out;
    }

    /** The block quotes after "X said:" lines (see {@link #SAID_COLON}), of a person the line names. */
    private static List<QuoteClaim> blockQuotes(ArticleContext ctx, java.util.Set<String> titleWords, List<Entity> labelled) {
        String body = ctx.body();
        List<QuoteClaim> out = new ArrayList<>();
        Matcher m = SAID_COLON.matcher(body);
        while (m.find()) {
            Entity speaker = personIn(ctx, m.start(1), m.end(1));
            if (speaker == null) {
                speaker = nameAfterTitle(ctx, m.start(1), m.end(1), titleWords);
            }
            if (speaker == null) {
                speaker = bySurname(ctx, m.start(1), m.end(1), labelled);
            }
            if (speaker == null) {
                continue;
            }
            Matcher p = PARAGRAPH.matcher(body).region(m.end(), body.length());
            if (!p.find()) {
                continue;
            }
            String text = p.group().strip();
            boolean marked = text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0;
            if (marked || text.split("\\s+").length < QuoteExtractor.MIN_WORDS || LABEL.matcher(p.group()).lookingAt()) {
                continue; // quoted words are read with their marks; a label starts a transcript turn
            }
            int begin = p.start() + (p.group().length() - p.group().stripLeading().length());
            out.add(new QuoteClaim(text, new Span(begin, begin + text.length()), speaker, null,
                    new Span(m.start(1), m.end()), "block-quote-after-said"));
        }
        return out;
    }

    /**
     * A transcript of one speaker's remarks, with a header block before the first label ("John Kerry / Secretary of
     * State / Samarkand, Uzbekistan / November 1, 2015"), is a speech by that speaker, at the place and on the date
     * the header gives (each only when it gives exactly one). Null when the turns have several speakers or there is
     * no header. {@code dateOf} gives a sentence's one precise date, or null.
     */
    public static Claims.EventClaim speech(ArticleContext ctx, List<QuoteClaim> turns,
                                           java.util.function.Function<Sentence, java.time.LocalDate> dateOf) {
        List<QuoteClaim> labelled = turns.stream().filter(q -> q.rule().equals("transcript-speaker-label")).toList();
        if (labelled.size() < 2 || labelled.stream().map(QuoteClaim::speaker).distinct().count() != 1) {
            return null;
        }
        int headerEnd = lineStart(ctx.body(), labelled.get(0).evidence().begin());
        String header = ctx.body().substring(0, headerEnd);
        // A header block is a few short lines (name, title, place, date), holding no speaker label of its own.
        boolean shortLines = header.lines().allMatch(l -> l.strip().length() <= 60);
        if (header.isBlank() || header.length() > 400 || !shortLines || LABEL.matcher(header).find()) {
            return null;
        }
        Entity place = null;
        for (Mention m : ctx.allMentions()) {
            if (m.span().end() <= headerEnd && m.entity().type().isPlace() && m.kind() == Mention.Kind.NAME
                    && (place == null || (place.type() != EntityType.CITY && m.entity().type() == EntityType.CITY))) {
                place = m.entity();
            }
        }
        java.time.LocalDate date = null;
        for (var s : ctx.sentences()) {
            if (s.begin() < headerEnd) {
                java.time.LocalDate d = dateOf.apply(s);
                date = date == null ? d : date;
            }
        }
        int begin = header.length() - header.stripLeading().length();
        Span evidence = new Span(begin, header.stripTrailing().length());
        return new Claims.EventClaim(EventType.SPEECH, List.of(labelled.get(0).speaker()), place, date, false,
                List.of(evidence), "transcript-of-remarks");
    }

    private static int lineStart(String body, int offset) {
        int nl = body.lastIndexOf('\n', offset);
        return nl < 0 ? 0 : nl + 1;
    }

    private static boolean names(ArticleContext ctx, Span span, Entity person) {
        for (Mention mention : ctx.allMentions()) {
            if (mention.span().begin() >= span.begin() && mention.span().end() <= span.end() && mention.entity().equals(person)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A label of a title and then a name the recogniser missed: the two or three capitalised words after the last title
     * word, small word or named state ("… of the Republic of Poland Jan Nowak"), none of them a title word; null when
     * the label has no title before them.
     */
    private static Entity nameAfterTitle(ArticleContext ctx, int begin, int end, java.util.Set<String> titleWords) {
        if (titleWords.isEmpty() || ctx.body().substring(begin, end).contains(",")) {
            return null;
        }
        List<int[]> words = new ArrayList<>();
        Matcher w = LABEL_WORD.matcher(ctx.body()).region(begin, end);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        int cut = -1;
        for (int k = 0; k < words.size(); k++) {
            String word = ctx.body().substring(words.get(k)[0], words.get(k)[1]);
            int at = words.get(k)[0];
            boolean named = ctx.allMentions().stream().anyMatch(m -> m.span().begin() <= at && at < m.span().end() && m.entity().type() != EntityType.PERSON);
            if (titleWords.contains(word.toLowerCase(java.util.Locale.ROOT)) || !Character.isUpperCase(word.charAt(0)) || named) {
                cut = k;
            }
        }
        int n = words.size() - cut - 1;
        if (cut < 0 || n < 2 || n > 3) {
            return null;
        }
        String name = ctx.body().substring(words.get(cut + 1)[0], words.get(words.size() - 1)[1]);
        if (name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
            return null; // "SECRETARY OF STATE:" style labels are titles, not names
        }
        return Entity.unknown(EntityType.PERSON, name);
    }

    /** A label word that is the surname of exactly one person named only by an earlier label. */
    private static Entity bySurname(ArticleContext ctx, int begin, int end, List<Entity> labelled) {
        Entity found = null;
        Matcher w = LABEL_WORD.matcher(ctx.body()).region(begin, end);
        while (w.find()) {
            for (Entity e : labelled) {
                String[] parts = e.label().split("\\s+");
                if (parts[parts.length - 1].equalsIgnoreCase(w.group())) {
                    if (found != null && !found.equals(e)) {
                        return null;
                    }
                    found = e;
                }
            }
        }
        return found;
    }

    private static Entity personIn(ArticleContext ctx, int begin, int end) {
        for (Mention mention : ctx.allMentions()) {
            if (mention.span().begin() >= begin && mention.span().end() <= end && mention.entity().type() == EntityType.PERSON) {
                return mention.entity();
            }
        }
        // "MINISTER DUARTE:", where the recogniser found no name: the one person of the article with that surname.
        Entity found = null;
        Matcher w = LABEL_WORD.matcher(ctx.body()).region(begin, end);
        while (w.find()) {
            Entity e = QuoteExtractor.personBySurname(ctx, w.group());
            if (e != null) {
                if (found != null && !found.equals(e)) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }
}
