package org.diplomacykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.store.DatasetFiles;
import org.diplomacykg.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What convert does: streams the dataset into the file, after removing what a killed run left, validating part by part. */
class ConversionTest {
    @TempDir
    Path dir;

    @Test
    void streamsTheDatasetTheConverterMakesInMemoryAndValidatesIt() throws Exception {
        PipelineFixtures fx = new PipelineFixtures(dir);
        Path out = dir.resolve("kg.trig");
        Path stale = Files.writeString(dir.resolve(".kg.trig." + UUID.randomUUID() + ".tmp"), "left behind");
        List<Path> removed = new ArrayList<>();
        Converter conv = new Converter(PipelineFixtures.config(), PipelineFixtures.NO_SENTENCES);
        Conversion.Written w = Conversion.toTrig(conv, fx.files, new ConversionOptions(1, java.time.Duration.ofMinutes(1)), out,
                Optional.of(Validator.fromShapes(Validator.DEFAULT_SHAPES)), removed::add);
        assertEquals(List.of(stale.toAbsolutePath()), removed.stream().map(Path::toAbsolutePath).toList());
        assertFalse(Files.exists(stale));
        assertEquals(2, w.report().converted().size());
        DatasetGraph written = DatasetFiles.readInMemory(out);
        SameDatasets.assertSame(conv.convertAll(fx.files).dataset(), written, "streamed");
        assertTrue(w.shapes().isPresent());
        assertEquals(Validator.fromShapes(Validator.DEFAULT_SHAPES).validate(written).conforms(), w.shapes().get().conforms());
    }

    @Test
    void withoutAValidatorNothingIsValidated() throws Exception {
        PipelineFixtures fx = new PipelineFixtures(dir);
        Conversion.Written w = Conversion.toTrig(new Converter(PipelineFixtures.config(), PipelineFixtures.NO_SENTENCES), fx.files,
                new ConversionOptions(1, java.time.Duration.ofMinutes(1)), dir.resolve("kg.trig"), Optional.empty(), p -> {});
        assertTrue(w.shapes().isEmpty());
        assertTrue(w.report().ok());
    }
}
