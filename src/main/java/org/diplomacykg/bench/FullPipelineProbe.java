package org.diplomacykg.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleException;
import org.diplomacykg.article.ArticleReader;

/**
 * Runs Stanford CoreNLP as a user who takes its defaults would: {@code new StanfordCoreNLP()}, which reads the
 * {@code StanfordCoreNLP.properties} of the models jar (in 4.5.10: {@code tokenize, ssplit, pos, lemma, ner, depparse,
 * coref, kbp}), or with the annotators given. Started by {@link FullPipelineBench} in a JVM of its own.
 * <p>
 * Arguments: {@code ANNOTATORS|default WARMUP FILE...}. Prints {@code LOADED millis}, {@code ARTICLE} after each
 * article, and last {@code RESULT articles tokens millis peakHeapBytes}, measured after the first WARMUP files.
 */
public final class FullPipelineProbe {
    private FullPipelineProbe() {}

    public static void main(String[] args) throws ArticleException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String annotators = args[0];
        int warmup = Integer.parseInt(args[1]);
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline;
        if (annotators.equals("default")) {
            pipeline = new StanfordCoreNLP();
        } else {
            Properties p = new Properties();
            p.setProperty("annotators", annotators);
            pipeline = new StanfordCoreNLP(p);
        }
        out.println("LOADED " + (System.nanoTime() - t0) / 1_000_000 + " " + pipeline.getProperties().getProperty("annotators"));
        long tokens = 0;
        long millis = 0;
        int articles = 0;
        try (HeapSampler heap = new HeapSampler()) {
            for (int i = 2; i < args.length; i++) {
                Article a = ArticleReader.read(Path.of(args[i]));
                Annotation doc = new Annotation(a.body());
                doc.set(CoreAnnotations.DocDateAnnotation.class, a.date().toString());
                long s = System.nanoTime();
                pipeline.annotate(doc);
                long e = System.nanoTime();
                if (i - 2 >= warmup) {
                    millis += (e - s) / 1_000_000;
                    tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
                    articles++;
                }
                out.println("ARTICLE");
            }
            out.println("RESULT " + articles + " " + tokens + " " + millis + " " + heap.peak());
        }
        System.exit(0);
    }
}
