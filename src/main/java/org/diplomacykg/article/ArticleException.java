package org.diplomacykg.article;

import java.nio.file.Path;

/** An article file that cannot be used, with the file and what is wrong with it. */
public class ArticleException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String problem;

    public ArticleException(Path file, String problem) {
        this(file, problem, null);
    }

    public ArticleException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The file that failed. */
    public Path file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }
}
