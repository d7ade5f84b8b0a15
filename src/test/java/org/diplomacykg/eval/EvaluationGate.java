package org.diplomacykg.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diplomacykg.TestData;
import org.diplomacykg.pipeline.ConverterConfig;
import org.junit.jupiter.api.function.Executable;

/** Runs {@code evaluate} on a folder with the tests' one converter, and checks figures against floors. */
final class EvaluationGate {
    /** Lowest precision and recall allowed. */
    record Floor(double precision, double recall) {}

    private EvaluationGate() {}

    static Evaluation evaluate(Path articles, Path gold) {
        ConverterConfig cfg = ConverterConfig.create().build();
        Aliases aliases = AliasesLoader.load(cfg.gazetteer(), cfg.rules().resolve("titles.tsv"), cfg.topics());
        return new Evaluator(TestData.converter()::claims, new ClaimMatcher(aliases)).evaluate(articles, gold);
    }

    /** Fails, with the whole table, when a claim type or the overall figure is below its floor. */
    static void assertFloors(Evaluation ev, Map<ClaimType, Floor> floors, Floor overall) {
        String table = "\n" + EvaluationFormat.table(ev) + "\n" + EvaluationFormat.unmatched(ev);
        assertTrue(ev.ok(), "failures: " + ev.failures() + table);
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<ClaimType, Floor> f : floors.entrySet()) {
            checks.add(check(f.getKey().key(), ev.score(f.getKey()), f.getValue(), table));
        }
        checks.add(check("overall", ev.overall(), overall, table));
        assertAll(checks);
    }

    private static Executable check(String name, Score s, Floor f, String table) {
        return () -> assertTrue(s.precision() >= f.precision() && s.recall() >= f.recall(), String.format(Locale.ROOT,
                "%s: precision %.3f (floor %.2f), recall %.3f (floor %.2f)%s", name, s.precision(), f.precision(),
                s.recall(), f.recall(), table));
    }
}
