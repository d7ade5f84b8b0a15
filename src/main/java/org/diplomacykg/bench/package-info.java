/**
 * The benchmarks: the converter's throughput, CoreNLP's own pipeline for comparison, loading into TDB2, and the
 * endpoint under load against a stock Fuseki, each measured part in a JVM of its own
 * ({@link org.diplomacykg.bench.ChildJvm}); figures for {@code docs/performance.md}.
 * <ul>
 * <li>Needs: any stage before it (it starts servers, so it may use Fuseki; it measures CoreNLP, so it may use
 *     CoreNLP).</li>
 * <li>Gives: {@link org.diplomacykg.bench.Table}s of figures.</li>
 * <li>Must not import: {@code cli}, picocli (progress is reported through {@link org.diplomacykg.bench.Steps}).</li>
 * </ul>
 * See {@code docs/architecture.md}; {@code ArchitectureTest} checks the imports.
 */
package org.diplomacykg.bench;
