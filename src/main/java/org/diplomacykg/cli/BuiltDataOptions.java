package org.diplomacykg.cli;

import java.nio.file.Path;
import java.util.List;
import org.diplomacykg.article.ArticleSource;
import picocli.CommandLine.Option;

/**
 * The folder of articles that {@code serve} and {@code infer} build their dataset from, mixed in with {@code @Mixin};
 * and the help of their {@code --data} (the one {@code --data} that may be missing is {@link Preflight#DEFAULT_DATA}).
 */
final class BuiltDataOptions {
    /** The help of {@code --data}, which {@code serve} ends with a word on {@code --tdb}. */
    static final String DATA_HELP = "Built dataset, made again from the articles when stale; "
            + "must exist unless it is the default (default: ${DEFAULT-VALUE}, made when missing).";

    @Option(names = "--articles", paramLabel = "DIR", description = "Folder of articles (default: ${DEFAULT-VALUE}).", defaultValue = "data/articles")
    Path articles;

    /**
     * The article files of the folder.
     *
     * @throws IllegalArgumentException when the folder cannot be read
     */
    List<Path> files() {
        return ArticleSource.files(List.of(articles));
    }
}
