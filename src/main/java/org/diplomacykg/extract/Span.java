package org.diplomacykg.extract;

/** A span of the article body: [begin, end) in characters. */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + "-" + end);
        }
    }

    public String of(String body) {
        return body.substring(begin, end);
    }

    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }
}
