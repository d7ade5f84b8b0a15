package org.diplomacykg.eval;

import java.nio.file.Path;

/** A gold file that cannot be used: unreadable, not JSON, or not in the gold format; the message names the file. */
public class GoldException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String problem;

    public GoldException(Path file, String problem) {
        this(file, problem, null);
    }

    public GoldException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }
}
