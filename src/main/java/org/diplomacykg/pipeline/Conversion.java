package org.diplomacykg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.diplomacykg.store.DatasetFiles;
import org.diplomacykg.validate.ConformanceReport;
import org.diplomacykg.validate.Validator;

/**
 * What {@code convert} does: converts articles into a TriG file, streamed (the dataset is never held whole) and written
 * atomically, and validates the output part by part against the SHACL shapes as it goes ({@link StreamValidation}).
 */
public final class Conversion {

    /**
     * What was written.
     *
     * @param report the conversion report (its dataset is empty: the quads went to the file)
     * @param shapes the validation of the output, when a validator was given
     */
    public record Written(ConversionReport report, Optional<ConformanceReport> shapes) {}

    private Conversion() {}

    /**
     * Removes the temporary files an earlier, killed run left beside {@code output} (telling {@code removed} each), then
     * converts {@code files} into it.
     *
     * @param validator the shapes' validator, or empty not to validate
     */
    public static Written toTrig(Converter converter, List<Path> files, ConversionOptions options, Path output,
                                 Optional<Validator> validator, Consumer<Path> removed) {
        DatasetFiles.removeStaleTemporaries(output).forEach(removed);
        Optional<StreamValidation> validation = validator.map(StreamValidation::new);
        Converter.Units units = validation.<Converter.Units>map(v -> v).orElse(new Converter.Units() {});
        ConversionReport report = DatasetFiles.streamTrig(output, sink -> converter.convert(files, options, sink, units));
        return new Written(report, validation.map(StreamValidation::report));
    }
}
