package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code format=} / {@code output=} / {@code results=} values clients send on the query endpoint, as SPARQLWrapper
 * 2.0 sends them: its return format in all three parameters (and, for {@code rdf+xml}, {@code json-ld} and {@code tsv},
 * each parameter a second time with the media type), with its {@code Accept} header, by GET and by form POST.
 */
class FormatParameterTest {

    private static final String CONSTRUCT = "CONSTRUCT WHERE { ?s ?p ?o }";
    private static final String DESCRIBE = "DESCRIBE <" + ONLY_IN_A + ">";
    private static final String SELECT = "SELECT DISTINCT ?s WHERE { ?s ?p ?o }";
    private static final String ASK = "ASK { ?s ?p ?o }";

    private static DkgServer server;

    @BeforeAll
    static void startServer() {
        server = DkgServer.start(twoGraphs(), testConfig());
    }

    @AfterAll
    static void stopServer() {
        if (server != null)
            server.close();
    }

    /** SPARQLWrapper's CONSTRUCT and DESCRIBE formats: each answered in an RDF syntax a client can parse. */
    @ParameterizedTest(name = "{0} by {1}, format={2}")
    @CsvSource({
        "CONSTRUCT, GET,  rdf+xml, application/rdf+xml, application/rdf+xml",
        "CONSTRUCT, POST, rdf+xml, application/rdf+xml, application/rdf+xml",
        "DESCRIBE,  GET,  rdf+xml, application/rdf+xml, application/rdf+xml",
        "CONSTRUCT, GET,  n3,      'application/turtle,text/turtle,text/rdf+n3,application/n-triples,application/n3,text/n3', text/turtle",
        "CONSTRUCT, POST, n3,      'application/turtle,text/turtle,text/rdf+n3,application/n-triples,application/n3,text/n3', text/turtle",
        "DESCRIBE,  GET,  n3,      'application/turtle,text/turtle,text/rdf+n3,application/n-triples,application/n3,text/n3', text/turtle",
        "CONSTRUCT, GET,  turtle,  'application/turtle,text/turtle', text/turtle",
        "CONSTRUCT, GET,  xml,     application/rdf+xml, application/rdf+xml",
        "CONSTRUCT, GET,  rdf,     */*,                 application/rdf+xml",
        "CONSTRUCT, GET,  json-ld, 'application/ld+json,application/x-json+ld', application/ld+json",
        "DESCRIBE,  POST, json-ld, 'application/ld+json,application/x-json+ld', application/ld+json",
        "CONSTRUCT, GET,  json,    */*,                 application/ld+json"})
    void sparqlWrapperGraphFormats(String form, String method, String returnFormat, String accept, String expectedType) {
        String query = form.equals("CONSTRUCT") ? CONSTRUCT : DESCRIBE;
        HttpResponse<String> r = sparqlWrapper(method, query, returnFormat, accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith(expectedType), "format=" + returnFormat + " gave " + contentType(r));
        assertEquals(form.equals("CONSTRUCT") ? 3 : 2, statements(r.body(), expectedType), r.body());
    }

    /** SPARQLWrapper's SELECT and ASK formats, as stock Fuseki answers them. */
    @ParameterizedTest(name = "{0} by {1}, format={2}")
    @CsvSource({
        "SELECT, GET,  xml,  'application/sparql-results+xml,application/xml', application/sparql-results+xml",
        "SELECT, POST, json, 'application/x-sparqlstar-results+json,application/sparql-results+json,application/json,text/javascript,application/javascript', application/sparql-results+json",
        "SELECT, GET,  csv,  text/csv,                  text/csv",
        "SELECT, GET,  tsv,  text/tab-separated-values, text/tab-separated-values",
        "ASK,    GET,  xml,  'application/sparql-results+xml,application/xml', application/sparql-results+xml",
        "ASK,    POST, json, 'application/x-sparqlstar-results+json,application/sparql-results+json,application/json,text/javascript,application/javascript', application/sparql-results+json"})
    void sparqlWrapperResultFormats(String form, String method, String returnFormat, String accept, String expectedType) {
        HttpResponse<String> r = sparqlWrapper(method, form.equals("SELECT") ? SELECT : ASK, returnFormat, accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith(expectedType), "format=" + returnFormat + " gave " + contentType(r));
        Lang lang = WebContent.contentTypeToLangResultSet(expectedType);
        if (form.equals("SELECT"))
            assertEquals(Set.of(ONLY_IN_A, ONLY_IN_B), subjects(r.body(), lang));
        else
            assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang), r.body());
    }

    /** The other names of RDF syntaxes, in any of the three parameters, and media types. */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "output,  ttl,                 text/turtle",
        "format,  TURTLE,              text/turtle",
        "results, n3,                  text/turtle",
        "format,  nt,                  application/n-triples",
        "format,  ntriples,            application/n-triples",
        "output,  n-triples,           application/n-triples",
        "format,  jsonld,              application/ld+json",
        "format,  rdfxml,              application/rdf+xml",
        "format,  application/rdf+xml, application/rdf+xml",
        "format,  text/turtle,         text/turtle",
        "format,  trig,                application/trig",
        "format,  nq,                  application/n-quads",
        "output,  nquads,              application/n-quads",
        "format,  n-quads,             application/n-quads"})
    void otherGraphFormatNames(String parameter, String value, String expectedType) {
        HttpResponse<String> r = get(server.endpointUrl() + "?query=" + enc(CONSTRUCT) + "&" + parameter + "=" + enc(value), null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith(expectedType), parameter + "=" + value + " gave " + contentType(r));
        assertEquals(3, statements(r.body(), expectedType), r.body());
    }

    /** {@code format=rdf+xml} typed into a URL by hand: the unencoded {@code +} arrives as a space. */
    @Test
    void unencodedPlusInRdfXml() {
        HttpResponse<String> r = get(server.endpointUrl() + "?query=" + enc(CONSTRUCT) + "&format=rdf+xml", null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith("application/rdf+xml"), contentType(r));
        assertEquals(3, statements(r.body(), "application/rdf+xml"), r.body());
    }

    /** A value that names no syntax for the query's form is the client's error (400 saying which value), never a 500. */
    @ParameterizedTest(name = "CONSTRUCT, format={0}")
    @ValueSource(strings = {"foo", "csv", "text/csv", "html", "text/html", "application/sparql-results+json", "srj"})
    void unknownGraphFormatIs400(String value) {
        HttpResponse<String> r = get(server.endpointUrl() + "?query=" + enc(CONSTRUCT) + "&format=" + enc(value), null);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains(value), r.body());
    }

    @ParameterizedTest(name = "SELECT, format={0}")
    @ValueSource(strings = {"foo", "rdf+xml", "n3", "turtle", "text/html", "application/rdf+xml"})
    void unknownResultFormatIs400(String value) {
        HttpResponse<String> r = get(server.endpointUrl() + "?query=" + enc(SELECT) + "&format=" + enc(value), null);
        assertEquals(400, r.statusCode(), r.body());
    }

    /**
     * The request SPARQLWrapper 2.0 makes ({@code Wrapper._getRequestEncodedParameters}): the query, then the return
     * format in {@code format}, {@code output} and {@code results}, each also with the media type for {@code rdf+xml},
     * {@code json-ld} and {@code tsv}; values encoded by {@code quote_plus} keeping {@code /}. GET puts them in the URL,
     * POST in a form body.
     */
    private static HttpResponse<String> sparqlWrapper(String method, String query, String returnFormat, String accept) {
        StringBuilder params = new StringBuilder("query=").append(quotePlus(query));
        for (String name : new String[] {"format", "output", "results"}) {
            params.append('&').append(name).append('=').append(quotePlus(returnFormat));
            if (Set.of("rdf+xml", "json-ld", "tsv").contains(returnFormat))
                params.append('&').append(name).append('=').append(quotePlus(accept));
        }
        return method.equals("GET") ? get(server.endpointUrl() + "?" + params, accept)
            : post(server.endpointUrl(), "application/x-www-form-urlencoded", params.toString(), accept);
    }

    private static String quotePlus(String s) {
        return enc(s).replace("%2F", "/");
    }

    /** The statements of an RDF document, in whichever graph. */
    private static long statements(String body, String contentType) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(body, RDFLanguages.contentTypeToLang(contentType)).parse(dsg);
        return dsg.stream().count();
    }

    private static Set<String> subjects(String body, Lang format) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), format);
        Set<String> out = new HashSet<>();
        rs.forEachRemaining(row -> {
            RDFNode s = row.get("s");
            out.add(s.isURIResource() ? s.asResource().getURI() : s.asLiteral().getLexicalForm());
        });
        return out;
    }
}
