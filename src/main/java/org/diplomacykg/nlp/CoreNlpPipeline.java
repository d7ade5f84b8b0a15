package org.diplomacykg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.diplomacykg.article.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NLP stage on Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner (coarse classes and SUTime dates, without the
 * slow fine-grained step: our gazetteer does the typing), depparse. Loading takes seconds, so {@link #shared()} keeps one
 * per JVM; {@link #annotate} is thread-safe. The words that fix a weekday's day are read from
 * {@code data/rules/date-words.tsv} ({@link #DATE_WORDS}).
 */
public final class CoreNlpPipeline implements NlpPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpPipeline.class);
    private static volatile CoreNlpPipeline shared;

    /** The word lists of dates ({@code around-weekday}, {@code future}), relative to the working folder. */
    public static final Path DATE_WORDS = Path.of("data", "rules", "date-words.tsv");

    private final StanfordCoreNLP pipeline;
    private final DateRuns.Words dateWords;

    private CoreNlpPipeline() {
        dateWords = DateRuns.Words.load(DATE_WORDS);
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // Keep "wide-ranging" one token, so rules see the phrase as printed.
        props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        // A blank line ends a sentence: headlines, captions and paragraphs are never glued together.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("depparse.extradependencies", "MAXIMAL");
        long t0 = System.nanoTime();
        pipeline = new StanfordCoreNLP(props);
        LOG.info("NLP pipeline loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    /** The pipeline of this JVM, loaded on first use. */
    public static CoreNlpPipeline shared() {
        CoreNlpPipeline p = shared;
        if (p == null) {
            synchronized (CoreNlpPipeline.class) {
                p = shared;
                if (p == null) {
                    p = new CoreNlpPipeline();
                    shared = p;
                }
            }
        }
        return p;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        String body = article.body();
        Annotation doc = new Annotation(body);
        doc.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : maps) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            String[] days = DateRuns.days(labels, article.date(), dateWords);
            String[] periods = DateRuns.periods(labels, days);
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                String ner = l.ner() == null ? "O" : l.ner();
                tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), ner, days[i], periods[i], l.beginPosition(), l.endPosition()));
            }
            SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            List<Dependency> deps = new ArrayList<>();
            if (graph != null) {
                for (SemanticGraphEdge e : graph.edgeIterable()) {
                    deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
                }
                for (IndexedWord root : graph.getRoots()) {
                    deps.add(new Dependency("root", -1, root.index() - 1));
                }
            }
            int begin = labels.get(0).beginPosition();
            int end = labels.get(labels.size() - 1).endPosition();
            sentences.add(new Sentence(sentences.size(), begin, end, body.substring(begin, end), tokens, deps, graph, labels));
        }
        return new AnnotatedArticle(article, sentences);
    }
}
