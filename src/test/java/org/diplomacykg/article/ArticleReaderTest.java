package org.diplomacykg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private static final String HEADER = "title: Ministers meet\npublisher: Example News\ndate: 2021-03-04\nlanguage: en\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private String problem(Path p) {
        ArticleException e = assertThrows(ArticleException.class, () -> ArticleReader.read(p));
        assertEquals(p, e.file());
        assertTrue(e.getMessage().contains(p.getFileName().toString()), "message names the file: " + e.getMessage());
        return e.problem();
    }

    @Test
    void readsHeaderAndBody() throws Exception {
        Path p = write("a-1.txt", HEADER + "url: https://example.org/a\nnote: kept\n---\nThe ministers met in Vienna.\n");
        Article a = ArticleReader.read(p);
        assertEquals("a-1", a.id());
        assertEquals("Ministers meet", a.title());
        assertEquals("Example News", a.publisher());
        assertEquals(LocalDate.of(2021, 3, 4), a.date());
        assertEquals("https://example.org/a", a.url().orElseThrow());
        assertEquals("kept", a.header().get("note"));
        assertEquals("The ministers met in Vienna.\n", a.body());
    }

    @Test
    void seedArticlesAreValid() throws Exception {
        for (Path p : ArticleSource.files(List.of(Path.of("data", "articles")))) {
            Article a = ArticleReader.read(p);
            assertTrue(a.body().length() > 1000, p + " has its text");
        }
    }

    @Test
    void emptyFile() throws Exception {
        assertTrue(problem(write("empty.txt", "")).contains("empty"));
    }

    @Test
    void whiteSpaceOnly() throws Exception {
        assertTrue(problem(write("blank.txt", "  \n\n\t\n")).contains("white space"));
    }

    @Test
    void binaryFile() throws Exception {
        assertTrue(problem(write("bin.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2})).contains("binary"));
    }

    @Test
    void notUtf8() throws Exception {
        byte[] latin1 = (HEADER + "---\nGespräche in Zürich.\n").getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(problem(write("latin1.txt", latin1)).contains("UTF-8"));
    }

    @Test
    void missingSeparator() throws Exception {
        assertTrue(problem(write("nosep.txt", HEADER + "The ministers met.\n")).contains("---"));
    }

    @Test
    void missingDate() throws Exception {
        String h = "title: T\npublisher: P\nlanguage: en\n---\nText.\n";
        assertTrue(problem(write("nodate.txt", h)).contains("'date'"));
    }

    @Test
    void unparsableDate() throws Exception {
        String h = "title: T\npublisher: P\ndate: last Tuesday\nlanguage: en\n---\nText.\n";
        assertTrue(problem(write("baddate.txt", h)).contains("last Tuesday"));
    }

    @Test
    void impossibleDate() throws Exception {
        String h = "title: T\npublisher: P\ndate: 2015-02-30\nlanguage: en\n---\nText.\n";
        assertTrue(problem(write("feb30.txt", h)).contains("not a valid calendar date"));
    }

    @Test
    void noBody() throws Exception {
        assertTrue(problem(write("nobody.txt", HEADER + "---\n\n  \n")).contains("no body"));
    }

    @Test
    void brokenHeaderLine() throws Exception {
        String h = "title: T\nthis line has no key\ndate: 2020-01-01\n---\nText.\n";
        assertTrue(problem(write("header.txt", h)).contains("line 2"));
    }

    @Test
    void unsupportedLanguage() throws Exception {
        String h = "title: T\npublisher: P\ndate: 2020-01-01\nlanguage: de\n---\nText.\n";
        assertTrue(problem(write("de.txt", h)).contains("language"));
    }

    @Test
    void tooLarge() throws Exception {
        byte[] big = new byte[(int) ArticleReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertTrue(problem(write("big.txt", big)).contains("larger than"));
    }
}
