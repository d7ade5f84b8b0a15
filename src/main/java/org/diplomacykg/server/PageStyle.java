package org.diplomacykg.server;

/**
 * What the server's own HTML pages (resource pages, the landing page) share: an inline style sheet, the navigation
 * bar, and the Content-Security-Policy that allows nothing but that style (no scripts, no external resources).
 */
final class PageStyle {

    /** For the {@code Content-Security-Policy} header of every page the server writes itself. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    static final String CSS = """
        body{font-family:system-ui,sans-serif;max-width:64rem;margin:1rem auto;padding:0 1rem;line-height:1.45;color:#222}
        a{color:#1a55a0}code{font-size:.95em}h1{margin-bottom:.1rem}.iri{color:#555;font-size:.9em;margin-top:0}
        nav.top{font-size:.9em;border-bottom:1px solid #ddd;padding-bottom:.3rem}nav.top a{margin-right:.8rem}
        dl{display:grid;grid-template-columns:12rem 1fr;gap:.3rem .8rem}dt{font-weight:600}dd{margin:0}
        table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.2rem .4rem;vertical-align:top;text-align:left}
        th.prop{white-space:nowrap;font-weight:600}.src{color:#666;font-size:.85em}.dt{color:#777;font-size:.8em}
        .note{color:#666;font-style:italic}mark{background:#ffe675}:target{background:#fff3b0}
        blockquote.evidence{border-left:4px solid #e0b000;margin:.4rem 0;padding:.2rem .8rem;background:#fffbea}
        div.body{white-space:pre-wrap;border:1px solid #ddd;padding:.6rem;max-height:32rem;overflow:auto;background:#fafafa}
        div.long{white-space:pre-wrap}article.source{border-top:1px solid #eee;padding:.3rem 0}
        span.anchor{scroll-margin-top:4rem}span.anchor:target+mark{outline:2px solid #d33}ul.claims{columns:2}
        """;

    static final String NAV = "<nav class=\"top\"><a href=\"/\">diplomacy-kg</a><a href=\"/ui/\">Query UI</a>"
        + "<a href=\"/ontology\">Ontology</a><a href=\"/.well-known/void\">VoID</a></nav>\n";

    private PageStyle() {}
}
