package org.diplomacykg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A table of measured figures, printed as aligned text for a terminal or as Markdown for {@code docs/performance.md}. */
public final class Table {
    private final String title;
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Table(String title, String... headers) {
        this.title = title;
        this.headers = List.of(headers);
    }

    /** Adds a row; numbers are formatted with {@link #num}. */
    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row of " + cells.length + " cells for " + headers.size() + " columns");
        }
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(c instanceof Double d ? num(d) : c instanceof Float f ? num(f) : String.valueOf(c));
        }
        rows.add(r);
        return this;
    }

    /** Replaces one cell. */
    public Table set(int row, int column, String value) {
        rows.get(row).set(column, value);
        return this;
    }

    /** A line printed under the table. */
    public Table note(String text) {
        notes.add(text);
        return this;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    /** Three significant digits, at most two decimals: 0.352, 3.14, 41.2, 1234. */
    public static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "-";
        }
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** Bytes as MB (mebibytes), no decimals. */
    public static String mb(long bytes) {
        return bytes < 0 ? "-" : Long.toString(Math.round(bytes / (1024.0 * 1024.0)));
    }

    public String toText() {
        int[] w = new int[headers.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = headers.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(title).append('\n');
        line(sb, headers, w);
        char[] rule = new char[Arrays.stream(w).sum() + 2 * (w.length - 1)];
        Arrays.fill(rule, '-');
        sb.append(rule).append('\n');
        rows.forEach(r -> line(sb, r, w));
        notes.forEach(n -> sb.append(n).append('\n'));
        return sb.toString();
    }

    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("**").append(title).append("**\n\n");
        sb.append("| ").append(String.join(" | ", headers)).append(" |\n");
        sb.append("|").append(" --- |".repeat(headers.size())).append('\n');
        rows.forEach(r -> sb.append("| ").append(String.join(" | ", r)).append(" |\n"));
        if (!notes.isEmpty()) {
            sb.append('\n');
            notes.forEach(n -> sb.append(n).append("  \n"));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] w) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            boolean numeric = c.matches("[-+]?[0-9.,]+[×x%]?");
            String pad = " ".repeat(w[i] - c.length());
            sb.append(numeric ? pad + c : c + pad);
            if (i < cells.size() - 1) {
                sb.append("  ");
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
    }
}
