package org.diplomacykg.extract;

/**
 * A place in a sentence where an entity is named.
 *
 * @param sentence   index of the sentence
 * @param firstToken first token of the name
 * @param lastToken  last token of the name (inclusive)
 * @param span       characters of the name in the body
 * @param entity     the entity named
 * @param kind       how it is named: by a full name, a surname only, or a demonym adjective ("Uzbek")
 * @param formerly   the name is qualified as past: "former Soviet republics"
 */
public record Mention(int sentence, int firstToken, int lastToken, Span span, Entity entity, Kind kind, boolean formerly) {
    public enum Kind { NAME, SURNAME, DEMONYM, PRONOUN }

    public Mention(int sentence, int firstToken, int lastToken, Span span, Entity entity, Kind kind) {
        this(sentence, firstToken, lastToken, span, entity, kind, false);
    }

    public boolean covers(int token) {
        return token >= firstToken && token <= lastToken;
    }
}
