package org.diplomacykg.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes an {@link Evaluation} for people (a table, then the unmatched claims of each article) or as one JSON object:
 * {@code {"overall": {...}, "byType": {"entities": {...}, ...}, "unmatched": {"<article>": {"missed": {...},
 * "invented": {...}, "partial": {...}}}}}, each figure object with {@code extracted, gold, matched, matchedExtracted,
 * matchedGold, precision, recall, f1} ({@code matched} as {@link Score#matched}; precision is matchedExtracted /
 * extracted, recall matchedGold / gold), those of {@code byType} also with {@code partial} (how many unmatched
 * extracted claims are near misses) and {@code partialByReason}.
 */
public final class EvaluationFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvaluationFormat() {}

    /**
     * Rows per claim type and overall; columns extracted, gold, matched (extracted claims matching / gold claims
     * matched, one figure where the two are equal), precision, recall, F1 (3 decimals), partial (unmatched extracted
     * claims that are near misses); then a line per type with partial claims saying what was wrong with them.
     */
    public static String table(Evaluation ev) {
        StringBuilder b = new StringBuilder();
        String head = "%-18s %9s %6s %9s %9s %7s %6s %8s%n";
        String row = "%-18s %9d %6d %9s %9.3f %7.3f %6.3f %8s%n";
        b.append(String.format(Locale.ROOT, head, "claims", "extracted", "gold", "matched", "precision", "recall", "F1", "partial"));
        for (ClaimType t : ClaimType.values()) {
            Score s = ev.score(t);
            b.append(String.format(Locale.ROOT, row, t.key(), s.extracted(), s.gold(), matched(s), s.precision(), s.recall(),
                    s.f1(), ev.partial(t).count()));
        }
        Score o = ev.overall();
        b.append(String.format(Locale.ROOT, row, "overall", o.extracted(), o.gold(), matched(o), o.precision(), o.recall(),
                o.f1(), ""));
        if (ev.score(ClaimType.QUOTES).matchedExtracted() != ev.score(ClaimType.QUOTES).matchedGold()) {
            b.append("(matched a/b: a extracted claims meet a gold claim, b gold claims are met; a quote may meet several)\n");
        }
        boolean first = true;
        for (ClaimType t : ClaimType.values()) {
            Partial p = ev.partial(t);
            if (p.count() > 0) {
                b.append(first ? "\npartial (unmatched extracted claims that are near misses of a missed gold claim):\n" : "");
                first = false;
                b.append("  ").append(t.key()).append(": ").append(reasons(p)).append('\n');
            }
        }
        Coreference c = ev.coreference();
        if (c.goldSame() + c.goldApart() > 0) {
            b.append(String.format(Locale.ROOT, "%nevent coreference across articles (pairs of gold events): %d of %d same-event pairs"
                    + " joined, %d joins made, %d of %d other pairs kept apart; precision %.3f, recall %.3f, F1 %.3f%n",
                    c.joined(), c.goldSame(), c.predictedSame(), c.keptApart(), c.goldApart(), c.precision(), c.recall(), c.f1()));
        }
        return b.toString();
    }

    /**
     * Per article, the gold claims missed and the extracted claims invented, by claim type; an invented claim that is
     * a near miss says so ("[partial: date missing]"), and the partial ones are counted under the list.
     */
    public static String unmatched(Evaluation ev) {
        StringBuilder b = new StringBuilder();
        for (ArticleEvaluation a : ev.articles()) {
            b.append(a.article()).append('\n');
            boolean any = false;
            for (ClaimType t : ClaimType.values()) {
                any |= list(b, "missed " + t.key(), a.result(t).missed());
                any |= list(b, "invented " + t.key(), a.result(t).invented());
                Partial p = a.result(t).partial();
                if (p.count() > 0) {
                    b.append("  partial ").append(t.key()).append(": ").append(reasons(p)).append('\n');
                }
            }
            if (!any) {
                b.append("  (every claim matched)\n");
            }
        }
        return b.toString();
    }

    /** "3 (date missing 2, place missing/coarser 1)". */
    private static String reasons(Partial p) {
        return p.count() + " (" + p.byReason().entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String matched(Score s) {
        return s.matchedExtracted() == s.matchedGold() ? String.valueOf(s.matchedExtracted())
                : s.matchedExtracted() + "/" + s.matchedGold();
    }

    private static boolean list(StringBuilder b, String heading, List<String> items) {
        if (items.isEmpty()) {
            return false;
        }
        b.append("  ").append(heading).append(" (").append(items.size()).append("):\n");
        for (String s : items) {
            b.append("    - ").append(s).append('\n');
        }
        return true;
    }

    public static ObjectNode json(Evaluation ev) {
        ObjectNode root = JSON.createObjectNode();
        root.set("overall", figures(ev.overall()));
        ObjectNode byType = root.putObject("byType");
        for (ClaimType t : ClaimType.values()) {
            ObjectNode f = figures(ev.score(t));
            partial(f, ev.partial(t));
            byType.set(t.key(), f);
        }
        Coreference c = ev.coreference();
        ObjectNode coref = root.putObject("eventCoreference");
        coref.put("goldSamePairs", c.goldSame());
        coref.put("joined", c.joined());
        coref.put("joinsMade", c.predictedSame());
        coref.put("goldApartPairs", c.goldApart());
        coref.put("keptApart", c.keptApart());
        coref.put("precision", round(c.precision()));
        coref.put("recall", round(c.recall()));
        coref.put("f1", round(c.f1()));
        ObjectNode unmatched = root.putObject("unmatched");
        for (ArticleEvaluation a : ev.articles()) {
            ObjectNode art = unmatched.putObject(a.article());
            claims(art.putObject("missed"), a, r -> r.missed());
            claims(art.putObject("invented"), a, r -> r.invented());
            ObjectNode partial = art.putObject("partial");
            for (ClaimType t : ClaimType.values()) {
                partial(partial.putObject(t.key()), a.result(t).partial());
            }
        }
        return root;
    }

    /** The JSON as text, pretty-printed. */
    public static String jsonText(Evaluation ev) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(ev));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write evaluation as JSON", e);
        }
    }

    private static void claims(ObjectNode node, ArticleEvaluation a, Function<ArticleEvaluation.TypeResult, List<String>> side) {
        for (ClaimType t : ClaimType.values()) {
            ArrayNode arr = node.putArray(t.key());
            side.apply(a.result(t)).forEach(arr::add);
        }
    }

    private static void partial(ObjectNode o, Partial p) {
        o.put("partial", p.count());
        ObjectNode why = o.putObject("partialByReason");
        p.byReason().forEach((r, n) -> why.put(r.key(), n));
    }

    private static ObjectNode figures(Score s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("extracted", s.extracted());
        o.put("gold", s.gold());
        o.put("matched", s.matched());
        o.put("matchedExtracted", s.matchedExtracted());
        o.put("matchedGold", s.matchedGold());
        o.put("precision", round(s.precision()));
        o.put("recall", round(s.recall()));
        o.put("f1", round(s.f1()));
        return o;
    }

    private static BigDecimal round(double d) {
        return BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP);
    }
}
