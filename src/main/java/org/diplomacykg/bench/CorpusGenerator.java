package org.diplomacykg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleException;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.extract.Gazetteer;
import org.diplomacykg.extract.GazetteerEntry;
import org.diplomacykg.extract.TopicScheme;
import org.diplomacykg.graph.GazetteerLoader;
import org.diplomacykg.graph.TopicSchemeLoader;

/**
 * Makes a corpus of N articles from real seed articles: each generated article is one seed with its persons, states
 * and cities replaced by others of the gazetteer and its dates moved by whole weeks (see {@link NameVariation}).
 * When the seed has a gold file, the same rewriting of it is written beside the article, so every generated article
 * has known claims and {@code evaluate --articles DIR/articles --gold DIR/gold} scores the converter on it.
 * <p>
 * Needs the seed articles, optionally their gold folder, the gazetteer and the topic scheme (topic words such as
 * "Afghanistan" are never replaced, so the topics stay true). Gives {@code OUT/articles/NNNNN-seed.txt} and
 * {@code OUT/gold/NNNNN-seed.json}, written one at a time: only the seeds are held in memory, never the corpus.
 */
public final class CorpusGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Gold keys whose values are not text of the article. */
    private static final Set<String> NOT_TEXT = Set.of("type", "date", "key", "article", "wikidata", "topics");

    private final List<SeedArticle> seeds;
    private final Map<String, String> wikidata;
    private final long randomSeed;

    /** What was written. */
    public record Corpus(Path articles, Path gold, int count, long bytes) {}

    private record SeedArticle(Article article, JsonNode gold, NameVariation variation) {}

    private CorpusGenerator(List<SeedArticle> seeds, Map<String, String> wikidata, long randomSeed) {
        this.seeds = seeds;
        this.wikidata = wikidata;
        this.randomSeed = randomSeed;
    }

    /**
     * @param seedFiles  real articles to vary
     * @param goldDir    folder of their gold files ({@code name.json}), or null
     * @param gazetteer  the reference gazetteer (Turtle)
     * @param topics     the topic scheme, whose words are never replaced
     * @param randomSeed the same seed gives the same corpus
     * @throws IllegalArgumentException when a seed cannot be read or there is none
     */
    public static CorpusGenerator create(List<Path> seedFiles, Path goldDir, Path gazetteer, Path topics, long randomSeed) {
        if (seedFiles.isEmpty()) {
            throw new IllegalArgumentException("no seed articles");
        }
        Model gazModel = GazetteerLoader.loadModel(gazetteer);
        Gazetteer gaz = GazetteerLoader.fromModel(gazModel);
        TopicScheme scheme = TopicSchemeLoader.fromModel(TopicSchemeLoader.loadModel(topics));
        List<String> topicWords = new ArrayList<>();
        scheme.topics().forEach(t -> topicWords.addAll(t.words()));
        NameVariation.Pools pools = new NameVariation.Pools(gaz, topicWords);
        List<SeedArticle> seeds = new ArrayList<>();
        for (Path f : seedFiles) {
            Article a;
            try {
                a = ArticleReader.read(f);
            } catch (ArticleException e) {
                throw new IllegalArgumentException("seed " + e.getMessage(), e);
            }
            JsonNode gold = null;
            if (goldDir != null) {
                Path g = goldDir.resolve(a.id() + ".json");
                if (Files.isRegularFile(g)) {
                    try {
                        gold = JSON.readTree(g.toFile());
                    } catch (IOException e) {
                        throw new IllegalArgumentException("gold " + g + ": " + e.getMessage(), e);
                    }
                }
            }
            seeds.add(new SeedArticle(a, gold, new NameVariation(pools, a.title() + "\n" + a.body())));
        }
        return new CorpusGenerator(List.copyOf(seeds), wikidataIds(gazModel, gaz), randomSeed);
    }

    /**
     * Writes {@code n} articles (and their gold, when the seed has one) under {@code out}, calling {@code onArticle}
     * after each. Article {@code i} is the same whatever {@code n}, so a corpus of 100 is the start of one of 1,000.
     */
    public Corpus generate(int n, Path out, Runnable onArticle) {
        Path articles = out.resolve("articles");
        Path gold = out.resolve("gold");
        long bytes = 0;
        try {
            Files.createDirectories(articles);
            Files.createDirectories(gold);
            for (int i = 0; i < n; i++) {
                SeedArticle seed = seeds.get(i % seeds.size());
                Random random = new Random(randomSeed * 1_000_003L + i);
                NameVariation.Variant v = seed.variation().variant(random);
                String id = String.format("%05d-%s", i, seed.article().id());
                String text = articleText(seed, v);
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                Files.write(articles.resolve(id + ".txt"), b);
                bytes += b.length;
                if (seed.gold() != null) {
                    try (Writer w = Files.newBufferedWriter(gold.resolve(id + ".json"), StandardCharsets.UTF_8)) {
                        JSON.writerWithDefaultPrettyPrinter().writeValue(w, gold(seed, v, id));
                    }
                }
                onArticle.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus under " + out + ": " + e.getMessage(), e);
        }
        return new Corpus(articles, gold, n, bytes);
    }

    private static String articleText(SeedArticle seed, NameVariation.Variant v) {
        Article a = seed.article();
        NameVariation nv = seed.variation();
        LocalDate date = a.date().plusDays(v.shiftDays());
        StringBuilder sb = new StringBuilder(a.body().length() + 300);
        sb.append("title: ").append(oneLine(nv.rewrite(a.title(), v, a.date()))).append('\n');
        sb.append("publisher: ").append(a.publisher()).append('\n');
        sb.append("date: ").append(date).append('\n');
        sb.append("language: ").append(a.language()).append('\n');
        sb.append("generated-from: ").append(a.id()).append('\n');
        sb.append("---\n");
        sb.append(nv.rewrite(a.body(), v, a.date()));
        return sb.toString();
    }

    private JsonNode gold(SeedArticle seed, NameVariation.Variant v, String id) {
        ObjectNode copy = seed.gold().deepCopy();
        rewrite(copy, seed, v);
        copy.put("article", id);
        return copy;
    }

    private void rewrite(JsonNode node, SeedArticle seed, NameVariation.Variant v) {
        LocalDate ref = seed.article().date();
        if (node instanceof ObjectNode o) {
            String originalName = o.path("name").isTextual() ? o.get("name").asText() : null;
            o.remove("key"); // shared only by reports of one real event; a generated article reports its own
            List<String> fields = new ArrayList<>();
            o.fieldNames().forEachRemaining(fields::add);
            for (String f : fields) {
                JsonNode val = o.get(f);
                if (f.equals("date") && val.isTextual()) {
                    o.put(f, LocalDate.parse(val.asText()).plusDays(v.shiftDays()).toString());
                } else if (f.equals("wikidata") && originalName != null) {
                    GazetteerEntry to = seed.variation().replacementOf(originalName, v);
                    if (to != null) {
                        String q = wikidata.get(to.iri());
                        if (q == null) {
                            o.putNull(f);
                        } else {
                            o.put(f, q);
                        }
                    }
                } else if (NOT_TEXT.contains(f)) {
                    continue;
                } else if (val.isTextual()) {
                    o.set(f, TextNode.valueOf(seed.variation().rewrite(val.asText(), v, ref)));
                } else {
                    rewrite(val, seed, v);
                }
            }
        } else if (node instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                JsonNode val = arr.get(i);
                if (val.isTextual()) {
                    arr.set(i, TextNode.valueOf(seed.variation().rewrite(val.asText(), v, ref)));
                } else {
                    rewrite(val, seed, v);
                }
            }
        }
    }

    private static Map<String, String> wikidataIds(Model m, Gazetteer gaz) {
        Map<String, String> out = new java.util.HashMap<>();
        for (GazetteerEntry e : gaz.entries()) {
            Resource r = m.getResource(e.iri());
            for (Iterator<Statement> it = r.listProperties(OWL.sameAs); it.hasNext(); ) {
                Statement s = it.next();
                if (s.getObject().isURIResource() && s.getResource().getURI().startsWith("http://www.wikidata.org/entity/")) {
                    out.put(e.iri(), s.getResource().getURI().substring("http://www.wikidata.org/entity/".length()));
                }
            }
        }
        return out;
    }

    private static String oneLine(String s) {
        return Objects.requireNonNull(s).replaceAll("[\\r\\n]+", " ");
    }
}
