/**
 * The article stage, first of all: reads one news article file ({@link org.diplomacykg.article.ArticleReader}),
 * lists the files named on the command line ({@link org.diplomacykg.article.ArticleSource}) and blanks the publisher's
 * page furniture inside a body ({@link org.diplomacykg.article.Boilerplate}).
 * <ul>
 * <li>Needs: article files ({@code data/articles/*.txt}) and the boilerplate patterns.</li>
 * <li>Gives: {@link org.diplomacykg.article.Article}, header fields and body; every character offset used as
 *     evidence anywhere counts from the start of its body.</li>
 * <li>Must not import: any other stage of the project, Jena, CoreNLP (the JDK only).</li>
 * </ul>
 * See {@code docs/architecture.md}; {@code ArchitectureTest} checks the imports.
 */
package org.diplomacykg.article;
