package org.diplomacykg.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.eval.GoldClaims.GoldCharacterisation;
import org.diplomacykg.eval.GoldClaims.GoldEntity;
import org.diplomacykg.eval.GoldClaims.GoldEvent;
import org.diplomacykg.eval.GoldClaims.GoldPost;
import org.diplomacykg.eval.GoldClaims.GoldQuote;

/**
 * Reads a gold file (GOLD-FORMAT.md) with Jackson. Keys the format does not define are ignored; a missing required
 * key, a wrong type name or a bad date is a {@link GoldException} that says where ({@code events[2].date}).
 */
public final class GoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldReader() {}

    public static GoldClaims read(Path file) throws GoldException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new GoldException(file, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new GoldException(file, "cannot read file: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new GoldException(file, "not a JSON object");
        }
        String name = file.getFileName().toString();
        String id = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        String article = root.hasNonNull("article") ? root.get("article").asText() : id;
        Reader r = new Reader(file);
        List<GoldEntity> entities = new ArrayList<>();
        for (Item it : r.array(root, "entities")) {
            String type = r.text(it, "type");
            r.oneOf(it, "type", type, GoldClaims.ENTITY_TYPES);
            entities.add(new GoldEntity(r.text(it, "name"), type, r.optional(it, "wikidata"),
                    r.names(it.node(), "aliases", it.where())));
        }
        List<GoldPost> posts = new ArrayList<>();
        for (Item it : r.array(root, "posts")) {
            posts.add(new GoldPost(r.text(it, "person"), r.text(it, "post"), r.optional(it, "of"),
                    it.node().path("former").asBoolean(false)));
        }
        List<GoldEvent> events = new ArrayList<>();
        for (Item it : r.array(root, "events")) {
            String type = r.text(it, "type");
            r.oneOf(it, "type", type, GoldClaims.EVENT_TYPES);
            List<String> participants = new ArrayList<>();
            for (Item p : r.array(it.node(), "participants", it.where())) {
                if (!p.node().isTextual()) {
                    throw new GoldException(file, p.where() + " is not a name");
                }
                participants.add(p.node().asText());
            }
            events.add(new GoldEvent(type, participants, r.optional(it, "place"), r.optional(it, "country"),
                    r.date(it, "date"), it.node().path("planned").asBoolean(false), r.optional(it, "evidence"),
                    r.optional(it, "key")));
        }
        List<GoldQuote> quotes = new ArrayList<>();
        for (Item it : r.array(root, "quotes")) {
            quotes.add(new GoldQuote(r.optional(it, "speaker"), it.node().path("anonymous").asBoolean(false),
                    r.text(it, "text"), r.optional(it, "evidence")));
        }
        List<GoldCharacterisation> chars = new ArrayList<>();
        for (Item it : r.array(root, "characterisations")) {
            chars.add(new GoldCharacterisation(r.optional(it, "speaker"), it.node().path("anonymous").asBoolean(false),
                    r.text(it, "subject"), r.text(it, "as"), r.optional(it, "evidence")));
        }
        List<String> topics = new ArrayList<>();
        for (Item it : r.array(root, "topics")) {
            if (!it.node().isTextual()) {
                throw new GoldException(file, it.where() + " is not a topic label");
            }
            topics.add(it.node().asText());
        }
        List<String> descriptive = r.names(root, "descriptive_labels", "");
        return new GoldClaims(article, entities, posts, events, quotes, chars, topics, descriptive);
    }

    private record Item(JsonNode node, String where) {}

    /** Reads fields with messages that say where a fault is. */
    private record Reader(Path file) {
        /** The elements of an array; a missing key counts as an empty array. */
        List<Item> array(JsonNode parent, String key) throws GoldException {
            return array(parent, key, "");
        }

        List<Item> array(JsonNode parent, String key, String prefix) throws GoldException {
            String where = prefix.isEmpty() ? key : prefix + "." + key;
            JsonNode a = parent.get(key);
            List<Item> out = new ArrayList<>();
            if (a == null || a.isNull()) {
                return out;
            }
            if (!a.isArray()) {
                throw new GoldException(file, where + " is not an array");
            }
            for (int i = 0; i < a.size(); i++) {
                out.add(new Item(a.get(i), where + "[" + i + "]"));
            }
            return out;
        }

        /** An optional array of strings (a missing key is an empty list). */
        List<String> names(JsonNode parent, String key, String prefix) throws GoldException {
            List<String> out = new ArrayList<>();
            for (Item n : array(parent, key, prefix)) {
                if (!n.node().isTextual()) {
                    throw new GoldException(file, n.where() + " is not a name");
                }
                out.add(n.node().asText());
            }
            return out;
        }

        String text(Item it, String key) throws GoldException {
            String v = optional(it, key);
            if (v == null || v.isBlank()) {
                throw new GoldException(file, it.where() + "." + key + " is missing or empty");
            }
            return v;
        }

        String optional(Item it, String key) throws GoldException {
            if (!it.node().isObject()) {
                throw new GoldException(file, it.where() + " is not an object");
            }
            JsonNode v = it.node().get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isValueNode()) {
                throw new GoldException(file, it.where() + "." + key + " is not a string");
            }
            return v.asText();
        }

        LocalDate date(Item it, String key) throws GoldException {
            String v = optional(it, key);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new GoldException(file, it.where() + "." + key + " '" + v + "' is not a date YYYY-MM-DD", e);
            }
        }

        void oneOf(Item it, String key, String value, List<String> allowed) throws GoldException {
            if (!allowed.contains(value)) {
                throw new GoldException(file, it.where() + "." + key + " '" + value + "' is not one of " + allowed);
            }
        }
    }
}
