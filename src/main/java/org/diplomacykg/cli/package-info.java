/**
 * The command line ({@code dkg}, picocli): one command per task ({@code convert}, {@code load}, {@code serve},
 * {@code export}, {@code validate}, {@code infer}, {@code evaluate}, {@code bench}), each a thin shell: it reads its
 * options (the shared ones and the shared prologue through mixins: {@link org.diplomacykg.cli.CommandIo},
 * {@link org.diplomacykg.cli.ConverterOptions}, {@link org.diplomacykg.cli.BuiltDataOptions}), calls one method of
 * {@code pipeline} or of a stage, prints what it is told, and maps failures to exit codes (0 ok, 1 failure, 2 bad usage).
 * <ul>
 * <li>Needs: every stage.</li>
 * <li>Gives: processes, files, printed reports and exit codes.</li>
 * <li>Must not be imported by any stage. The only package using picocli; it uses Fuseki only to catch the exception of
 *     a server that cannot start. No application logic: what a command does belongs to {@code pipeline} or a stage.</li>
 * </ul>
 * See {@code docs/architecture.md}; {@code ArchitectureTest} checks the imports.
 */
package org.diplomacykg.cli;
