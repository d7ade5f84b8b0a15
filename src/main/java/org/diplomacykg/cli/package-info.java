/**
 * The command line ({@code dkg}, picocli): one command per task ({@code convert}, {@code load}, {@code serve},
 * {@code export}, {@code validate}, {@code infer}, {@code evaluate}, {@code bench}), each reading its options and
 * calling the stages.
 * <ul>
 * <li>Needs: every stage.</li>
 * <li>Gives: processes, files, printed reports and exit codes.</li>
 * <li>Must not be imported by any stage. The only package using picocli; it uses Fuseki only to catch the exception of
 *     a server that cannot start.</li>
 * </ul>
 * See {@code docs/architecture.md}; {@code ArchitectureTest} checks the imports.
 */
package org.diplomacykg.cli;
