package org.diplomacykg.nlp;

/**
 * One token of a sentence.
 *
 * @param index      position in its sentence, from 0
 * @param word       the text as printed
 * @param lemma      base form
 * @param pos        Penn Treebank part-of-speech tag
 * @param ner        coarse named-entity class (PERSON, LOCATION, ORGANIZATION, MISC, DATE, ...) or "O"
 * @param normalized for DATE tokens the normalised value (e.g. {@code 2015-11-01}), otherwise null
 * @param period     for DATE tokens of an expression that names a year or a month but no day ("in 2010", "in May
 *                   2017"), that year or month ({@code 2010}, {@code 2017-05}), otherwise null
 * @param begin      offset of its first character in the article body
 * @param end        offset after its last character in the article body
 */
public record Token(int index, String word, String lemma, String pos, String ner, String normalized, String period, int begin, int end) {
    /** A token of no year or month expression. */
    public Token(int index, String word, String lemma, String pos, String ner, String normalized, int begin, int end) {
        this(index, word, lemma, pos, ner, normalized, null, begin, end);
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }
}
