package org.diplomacykg.server;

/**
 * A value as a page shows it ({@code shown.jte}): a link, an IRI that is no link (not http(s) and not this server's),
 * a literal with its language or datatype, a blank node, or plain text. Only the template escapes and marks it up.
 *
 * @param text  what is shown
 * @param href  where a {@link Kind#LINK} goes (already a path of this server or an http(s) IRI); else null
 * @param title the IRI behind a link (its tooltip); else null
 * @param tag   a literal's {@code @lang} or datatype, empty when none
 */
record Shown(Kind kind, String text, String href, String title, String tag) {

    enum Kind { LINK, CODE, LITERAL, BLANK, TEXT }

    static Shown link(String text, String href, String title) {
        return new Shown(Kind.LINK, text, href, title, "");
    }

    static Shown code(String text) {
        return new Shown(Kind.CODE, text, null, null, "");
    }

    static Shown literal(String text, String tag) {
        return new Shown(Kind.LITERAL, text, null, null, tag);
    }

    static Shown blank(String label) {
        return new Shown(Kind.BLANK, label, null, null, "");
    }

    static Shown text(String text) {
        return new Shown(Kind.TEXT, text, null, null, "");
    }

    boolean isLink() {
        return kind == Kind.LINK;
    }
}
