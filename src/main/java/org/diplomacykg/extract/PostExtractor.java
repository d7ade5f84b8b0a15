package org.diplomacykg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.extract.EntityType;
import org.diplomacykg.extract.Claims.PostClaim;
import org.diplomacykg.nlp.Dependency;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.nlp.Token;

/**
 * Needs entity mentions; gives the posts persons hold, from a title next to the name: before it with the state or
 * organisation in front ("Uzbek President Islam Karimov", "US Secretary of State John Kerry"), or in an apposition
 * after it ("Idrissov, Kazakhstan's foreign minister", "Lavrov, Foreign Minister of Russia"). A state post with no
 * state in the text takes the person's state from the gazetteer; an organisation post needs the organisation named.
 */
public final class PostExtractor {
    /** A title as printed, its canonical form and whether it belongs to a state or an organisation. */
    public record Title(List<String> words, String canonical, String scope) {}

    /**
     * The scope of a state's post held only where the text names the state ("North Korean leader", "Sultan of Oman"):
     * never taken from the gazetteer's citizenship, the host state or another post of the person.
     */
    private static final String NAMED = "state-named";

    private final List<Title> titles;
    private final Gazetteer gazetteer;
    private final TitlePhrases phrases;

    /** {@code publisher-officials.tsv}: words of a government's name, and titles never given its state. */
    public record PublisherOfficials(Set<String> governmentWords, Set<String> notOfficial) {
        public static final PublisherOfficials NONE = new PublisherOfficials(Set.of(), Set.of());

        public static PublisherOfficials load(Path file) {
            if (!java.nio.file.Files.isRegularFile(file)) {
                return NONE;
            }
            Set<String> government = new java.util.HashSet<>();
            Set<String> not = new java.util.HashSet<>();
            for (String[] row : RuleFiles.rows(file, 2)) {
                switch (row[0]) {
                    case "government" -> government.add(row[1].toLowerCase(Locale.ROOT));
                    case "not-official" -> not.add(row[1].toLowerCase(Locale.ROOT));
                    default -> throw new IllegalArgumentException(file + ": unknown kind " + row[0]);
                }
            }
            return new PublisherOfficials(Set.copyOf(government), Set.copyOf(not));
        }
    }

    private final PublisherOfficials officials;

    PostExtractor(TitlePhrases phrases, Gazetteer gazetteer) {
        this(phrases, gazetteer, PublisherOfficials.NONE);
    }

    PostExtractor(TitlePhrases phrases, Gazetteer gazetteer, PublisherOfficials officials) {
        this.titles = phrases.known();
        this.gazetteer = gazetteer;
        this.phrases = phrases;
        this.officials = officials;
    }

    /**
     * The state of a government that publishes the article ("Ministry of External Affairs, Government of India",
     * "U.S. Department of State"): the one state its name holds when the name has a word of government; else null.
     */
    Entity publisherState(ArticleContext ctx) {
        String publisher = ctx.publisher();
        if (publisher == null) {
            return null;
        }
        String[] words = publisher.split("[\\s,;()]+");
        if (java.util.Arrays.stream(words).noneMatch(w -> officials.governmentWords().contains(w.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        Set<GazetteerEntry> states = new java.util.HashSet<>();
        for (int i = 0; i < words.length; i++) {
            for (int j = i; j < Math.min(words.length, i + 4); j++) {
                String name = String.join(" ", java.util.Arrays.asList(words).subList(i, j + 1));
                for (GazetteerEntry e : gazetteer.byName(name)) {
                    if (e.type() == EntityType.STATE) {
                        states.add(e);
                    }
                }
                if (i == j) {
                    gazetteer.byDemonym(name).stream().filter(e -> e.type() == EntityType.STATE).forEach(states::add);
                }
            }
        }
        return states.size() == 1 ? Entity.of(states.iterator().next()) : null;
    }

    /**
     * The publisher's state for a person printed with these titles and no state, when the gazetteer gives the person
     * no citizenship; else null. {@code publisher}: the publisher's state where the story happens in no state the
     * article names ({@link #storyPublisher}), else null.
     */
    private Entity publisherFor(Entity publisher, Entity person, List<TitlePhrases.Found> held) {
        if (publisher == null || held.isEmpty() || !held.stream().allMatch(t -> official(t.text(), t.scope()))
                || person.entry() != null && person.entry().citizenOf() != null) {
            return null;
        }
        return publisher;
    }

    /** The publisher's state when the story happens in no state the article names; else null. */
    private Entity storyPublisher(ArticleContext ctx) {
        return ctx.hostState() == null ? publisherState(ctx) : null;
    }

    /** Whether a title the publisher's state may be given: no head of state's or government's, no organisation's. */
    private boolean official(String canonical, String scope) {
        return !officials.notOfficial().contains(canonical.toLowerCase(Locale.ROOT)) && !"org".equals(scope)
                && !NAMED.equals(scope) && !"relative".equals(scope);
    }

    /** Reads the titles of {@code titles.tsv}. */
    public static List<Title> loadTitles(Path file) {
        List<Title> out = new ArrayList<>();
        for (String[] row : RuleFiles.rows(file, 3)) {
            out.add(new Title(List.of(row[0].toLowerCase(Locale.ROOT).split("\\s+")), row[1], row[2]));
        }
        return out;
    }

    public List<PostClaim> extract(ArticleContext ctx) {
        Entity publisher = storyPublisher(ctx);
        // The posts found so far in this article: a counterpart's post is relative to one of them.
        List<PostClaim> out = new ArrayList<>();
        List<Unowned> unowned = new ArrayList<>();
        List<Unowned> stateless = new ArrayList<>();
        for (Sentence s : ctx.sentences()) {
            for (Mention m : ctx.mentions(s.index())) {
                if (m.entity().type() != EntityType.PERSON || m.kind() == Mention.Kind.DEMONYM) {
                    continue;
                }
                List<PostClaim> found = new ArrayList<>(titleBefore(ctx, s, m, out, unowned, stateless, publisher));
                if (found.isEmpty()) {
                    found.addAll(titleAfter(ctx, s, m, publisher));
                }
                for (PostClaim p : found) {
                    if (p != null && !out.contains(p)) {
                        out.add(p);
                    }
                }
            }
        }
        for (PostClaim p : owned(ctx, unowned, out, publisher)) {
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        stateless.addAll(unowned);
        ctx.titled(titled(ctx, stateless, out));
        return out;
    }

    /**
     * The titles the article prints with a person but with no state to make a post of ("his meeting with the prime
     * minister, François Legault"; "The prime minister Legault had met ..."), for persons it gives no post of that
     * title: they claim nothing, but tell whom a description ("said the prime minister") stands for in this article.
     */
    private static List<PostClaim> titled(ArticleContext ctx, List<Unowned> stateless, List<PostClaim> posts) {
        List<PostClaim> out = new ArrayList<>();
        for (Unowned u : stateless) {
            String title = u.title().text().toLowerCase(Locale.ROOT);
            boolean held = posts.stream().anyMatch(p -> p.person().equals(u.person()) && p.title().toLowerCase(Locale.ROOT).equals(title));
            boolean seen = out.stream().anyMatch(p -> p.person().equals(u.person()) && p.title().equals(title));
            if (!held && !seen && !"org".equals(u.title().scope()) && !"relative".equals(u.title().scope())) {
                out.add(new PostClaim(u.person(), title, null, ctx.sentenceSpan(u.sentence()), "title-without-state"));
            }
        }
        return out;
    }

    /** A capitalised title printed before a name with no state ("President William Ruto"), waiting for its state. */
    private record Unowned(Sentence sentence, Entity person, TitlePhrases.Found title) {}

    /**
     * The state of a title printed with none: the one state this article gives the same person in another post
     * ("Kenyan Foreign Minister Alfred Mutua" … "Foreign Minister Mutua"), else the state the story happens in
     * ({@link ArticleContext#hostState()}), as news names its host's officials, unless the person is one the article has
     * arriving or visiting. An organisation's title ("Secretary-General") needs its organisation named and gets none.
     */
    private List<PostClaim> owned(ArticleContext ctx, List<Unowned> unowned, List<PostClaim> found, Entity publisher) {
        if (unowned.isEmpty()) {
            return List.of();
        }
        Entity host = ctx.hostState();
        java.util.Set<Entity> visitors = host == null ? java.util.Set.of() : ctx.visitors();
        List<PostClaim> out = new ArrayList<>();
        for (Unowned u : unowned) {
            java.util.Set<Entity> states = new java.util.LinkedHashSet<>();
            for (PostClaim p : found) {
                if (p.person().equals(u.person()) && p.in().type() == EntityType.STATE) {
                    states.add(p.in());
                }
            }
            int company = states.isEmpty() ? companyOf(ctx, u) : -1;
            List<Entity> leaders = company >= 0 ? leaders(ctx, u.sentence(), company) : List.of();
            Entity delegation = company >= 0 ? delegationState(ctx, u.sentence(), company, leaders, found) : null;
            Entity apposed = apposedState(ctx, u.sentence(), u.title().first());
            // one who accompanies a visitor or someone the text does not name, or is in a visitor's or a visiting
            // delegation, is no official of the host
            boolean delegated = company >= 0 && u.sentence().token(company).lemma().equalsIgnoreCase("delegation");
            boolean visiting = company >= 0 && (leaders.isEmpty() ? !delegated || ArticleContext.subjectOfVisiting(u.sentence(), company)
                    : leaders.stream().anyMatch(visitors::contains));
            if (states.size() == 1) {
                out.add(claim(ctx, u.sentence(), u.person(), u.title(), states.iterator().next(), "title-before-name-person-state"));
            } else if (delegation != null) {
                out.add(claim(ctx, u.sentence(), u.person(), u.title(), delegation, "title-before-name-delegation"));
            } else if (states.isEmpty() && apposed != null) {
                out.add(claim(ctx, u.sentence(), u.person(), u.title(), apposed, "title-before-name-apposed-state"));
            } else if (states.isEmpty() && ownerUnread(ctx, u.sentence(), u.title().first())) {
                continue; // "Cook Islands PM Henry Puna": the title's owner is printed, but is no state known
            } else if (states.isEmpty() && ctx.tellsEarlierYear(u.sentence()) && !u.title().text().toLowerCase(Locale.ROOT).startsWith("former")) {
                continue; // "visits took place in 2011 by PM X": who held the post then may not hold it now
            } else if (states.isEmpty() && host != null && !visitors.contains(u.person()) && !visiting) {
                out.add(claim(ctx, u.sentence(), u.person(), u.title(), host, "title-before-name-host-state"));
            } else if (states.isEmpty() && publisher != null && company < 0 && official(u.title().text(), u.title().scope())) {
                out.add(claim(ctx, u.sentence(), u.person(), u.title(), publisher, "title-before-name-publisher-state"));
            }
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    /**
     * The company a titled person is in, as a token: the delegation that includes them ("a delegation including
     * Minister Y", "the Kenyan delegation included Trade Minister Y"), else the person themselves when they accompany
     * someone ("arrived, accompanied by Trade Minister Y"); -1 for neither.
     */
    private static int companyOf(ArticleContext ctx, Unowned u) {
        Sentence s = u.sentence();
        Mention named = ctx.mentions(s.index()).stream().filter(m -> m.entity().equals(u.person())).findFirst().orElse(null);
        if (named == null) {
            return -1;
        }
        int head = named.lastToken();
        int t = head;
        for (int step = 0; step < 4 && t >= 0; step++) {
            if (s.token(t).lemma().equalsIgnoreCase("delegation")) {
                return t;
            }
            if (s.token(t).isVerb() && s.token(t).lemma().toLowerCase(java.util.Locale.ROOT).matches(COMPRISE)) {
                for (int subject : subjects(s, t)) {
                    if (s.token(subject).lemma().equalsIgnoreCase("delegation")) {
                        return subject; // "the Kenyan delegation included Y"
                    }
                }
            }
            t = s.parents(t).stream().mapToInt(Dependency::governor).filter(g -> g >= 0).findFirst().orElse(-1);
        }
        boolean accompanies = s.parents(head).stream().anyMatch(d -> d.governor() >= 0 && d.relation().matches("obl:agent|obl:by")
                && s.token(d.governor()).lemma().equalsIgnoreCase("accompany"));
        return accompanies ? head : -1;
    }

    /** Verbs by which a delegation names its members. */
    private static final String COMPRISE = "include|comprise|consist|feature|number";

    /**
     * "President X is attending, accompanied by a delegation including Minister of Foreign Affairs Y", "the Kenyan
     * delegation, including Trade Minister Y", "accompanied by Trade Minister Y": a title in company takes the
     * delegation's state, the one named with it, else the state of the one person it accompanies or is joined to
     * ("President X and a delegation of ...", {@link #leaders}).
     */
    private static Entity delegationState(ArticleContext ctx, Sentence s, int delegation, List<Entity> leaders, List<PostClaim> found) {
        java.util.Set<Entity> states = new java.util.LinkedHashSet<>();
        for (Dependency d : s.token(delegation).lemma().equalsIgnoreCase("delegation") ? s.children(delegation) : List.<Dependency>of()) {
            Mention m = d.relation().matches("amod|compound|nmod:poss|nmod:of") ? ctx.mentionAt(s.index(), d.dependent()) : null;
            if (m != null && m.entity().type() == EntityType.STATE) {
                states.add(m.entity());
            }
        }
        if (states.isEmpty()) {
            for (Entity leader : leaders) {
                found.stream().filter(p -> p.person().equals(leader) && p.in().type() == EntityType.STATE).forEach(p -> states.add(p.in()));
            }
        }
        return states.size() == 1 ? states.iterator().next() : null;
    }

    /**
     * Whom a company goes with: the subject of "accompanied by" or "joined by" it, or of the clause that hangs on
     * ("arrived, accompanied by ..."), the noun it describes ("President X, accompanied by Y, ..."), or the one it is
     * joined to by "and" ("President X and a delegation of ...").
     */
    private static List<Entity> leaders(ArticleContext ctx, Sentence s, int company) {
        List<Integer> leaders = new ArrayList<>();
        for (Dependency up : s.parents(company)) {
            if (up.governor() < 0) {
                continue;
            }
            if (up.relation().equals("obl:agent") || up.relation().equals("obl:by")) {
                leaders.addAll(subjects(s, up.governor()));
                for (Dependency v : s.parents(up.governor())) {
                    if (v.governor() >= 0 && v.relation().startsWith("acl")) {
                        leaders.add(v.governor()); // "President X, accompanied by Y, received ..."
                    } else if (v.governor() >= 0) {
                        leaders.addAll(subjects(s, v.governor()));
                    }
                }
            } else if (up.relation().startsWith("conj")) {
                leaders.add(up.governor());
            }
        }
        List<Entity> out = new ArrayList<>();
        for (int t : leaders) {
            Entity e = ctx.entityAt(s, t);
            if (e != null && e.type() == EntityType.PERSON && !out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Integer> subjects(Sentence s, int verb) {
        return s.children(verb).stream().filter(d -> d.relation().startsWith("nsubj")).map(Dependency::dependent).toList();
    }

    /**
     * [state or demonym] TITLE [of OWNER] [honorifics] NAME, with any title {@link TitlePhrases} reads ("Kenyan Foreign
     * Minister Alfred Mutua", "Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov", "US Ambassador to
     * Kazakhstan George Krol"); two titles joined by "and" before one name are both held ("Deputy Prime Minister and
     * Minister for Foreign Affairs Ana Duarte"). With a comma between: "As [owner] TITLE, NAME", and an apposition
     * "the TITLE of STATE, NAME," or "STATE's TITLE, NAME," (the owner named, the name set off by commas).
     */
    private List<PostClaim> titleBefore(ArticleContext ctx, Sentence s, Mention person, List<PostClaim> found, List<Unowned> unowned,
                                        List<Unowned> stateless, Entity publisher) {
        int end = person.firstToken() - 1;
        // "President (Barack) Obama": a given name an editor put in brackets inside a quotation
        if (end >= 0 && isOpenBracket(s.token(end).word()) && person.lastToken() > person.firstToken()
                && java.util.stream.IntStream.rangeClosed(person.firstToken(), person.lastToken()).anyMatch(k -> isCloseBracket(s.token(k).word()))) {
            end--;
        } else if (end >= 2 && isCloseBracket(s.token(end).word()) && isOpenBracket(s.token(end - 2).word())
                && "PERSON".equals(s.token(end - 1).ner())) {
            end -= 3;
        }
        while (end >= 0 && phrases.honorific(s.token(end)) && ctx.mentionAt(s.index(), end) == null) {
            end--;
        }
        // "US President Barak Obama": a name the gazetteer knows by its surname keeps the rest of the name the NLP
        // found, as a misspelt given name, before it
        while (end >= 0 && "PERSON".equals(s.token(end).ner()) && ctx.mentionAt(s.index(), end) == null
                && Character.isUpperCase(s.token(end).word().charAt(0)) && !phrases.honorific(s.token(end))) {
            end--;
        }
        if (end >= 0 && s.token(end).word().equals(",")) {
            List<Held> held = titlesEndingAt(ctx, s, end - 1, null);
            if (held.isEmpty()) {
                return List.of();
            }
            Held first = held.get(held.size() - 1);
            int before = first.start() - 1;
            if (before >= 0 && s.token(before).word().equalsIgnoreCase("as")) {
                return claims(ctx, s, person.entity(), held, "as-title-comma-name");
            }
            int after = person.lastToken() + 1;
            // "the Prime Minister of Nepal, His Excellency X is ...": an honorific opens the apposition as a comma would.
            boolean honoured = end < person.firstToken() - 1;
            // "Kenyan Ambassador to the UN, Ruth Kamau said ...": a title opening the sentence, its holder the subject
            boolean opensSubject = before < 0 && after < s.tokens().size() && s.token(after).isVerb()
                    && subjects(s, after).contains(person.lastToken());
            boolean setOff = honoured || opensSubject || after >= s.tokens().size() || s.token(after).word().matches("[,.;:)]|-RRB-");
            boolean opens = before < 0 || s.token(before).word().matches("(?i)the|,|and|by|with|to|-LRB-|\\(")
                    || s.token(before).pos().matches("IN|TO|VB.*");
            if (setOff && opens && held.stream().allMatch(h -> h.owner() != null)) {
                return claims(ctx, s, person.entity(), held, "title-comma-name");
            }
            Entity published = setOff && opens && held.stream().allMatch(h -> h.owner() == null)
                    ? publisherFor(publisher, person.entity(), held.stream().map(Held::title).toList()) : null;
            if (published != null) {
                // "Also with us is the Ambassador to Peru, Sri Rui Costa" in a ministry's transcript
                held.replaceAll(h -> new Held(h.title(), published, h.start()));
                return claims(ctx, s, person.entity(), held, "title-comma-name-publisher-state");
            }
            if (setOff && opens) {
                // "the Secretary of Foreign Affairs, Elias Wohengu,": a capitalised title set off before the name waits
                // for its state as one printed right before the name does; the gazetteer's citizenship gives it one
                List<Held> open = held.stream().filter(h -> h.owner() == null).toList();
                boolean citizen = person.entity().entry() != null && person.entity().entry().citizenOf() != null;
                if (citizen && open.stream().allMatch(h -> stateTitle(s, h.title()))) {
                    return claims(ctx, s, person.entity(), held, "title-comma-name-citizen");
                }
                // ("X, Head of the Department, Dr. Y, Ambassador ...": a title right after another person's name and
                // a comma is that person's, not the next one's.)
                int lead = held.get(held.size() - 1).start() - 1;
                boolean afterName = lead > 0 && s.token(lead).word().equals(",") && ctx.mentionAt(s.index(), lead - 1) != null
                        && ctx.mentionAt(s.index(), lead - 1).entity().type() == EntityType.PERSON;
                for (Held h : open) {
                    (stateTitle(s, h.title()) && !afterName ? unowned : stateless).add(new Unowned(s, person.entity(), h.title()));
                }
            }
            Entity listOwner = setOff ? listOwner(ctx, s, before, found) : null;
            if (listOwner != null) {
                held.replaceAll(h -> h.owner() == null ? new Held(h.title(), listOwner, h.start()) : h);
                return claims(ctx, s, person.entity(), held, "title-comma-name-in-list");
            }
            return List.of();
        }
        PostClaim counterpart = counterpart(ctx, s, person, end, found, stateless);
        if (counterpart != null) {
            return List.of(counterpart);
        }
        Entity printed = bracketedState(ctx, s, person);
        if (printed == null) {
            printed = ofState(ctx, s, person);
        }
        List<Held> held = new ArrayList<>(titlesEndingAt(ctx, s, end, printed));
        // A body's title ("Council President X of the Netherlands") takes no state printed after the name.
        held.replaceAll(h -> h.owner() != null && h.title().owner() == null && phrases.namesBody(s, h.title())
                && ownerEndingAt(ctx, s, h.title().first() - 1) == null ? new Held(h.title(), null, h.start()) : h);
        List<PostClaim> out = claims(ctx, s, person.entity(), held, "title-before-name");
        if (out.isEmpty()) {
            for (Held h : held) {
                if (h.owner() == null && !"org".equals(h.title().scope()) && !NAMED.equals(h.title().scope())
                        && capitalised(s, h.title()) && !phrases.namesBody(s, h.title())
                        && (person.entity().entry() == null || person.entity().entry().citizenOf() == null)) {
                    unowned.add(new Unowned(s, person.entity(), h.title()));
                } else if (h.owner() == null) {
                    stateless.add(new Unowned(s, person.entity(), h.title())); // "the prime minister Legault"
                }
            }
        }
        return out;
    }

    /** A capitalised title of a state's post, not a body's ("Council President") nor one a state must be named with. */
    private boolean stateTitle(Sentence s, TitlePhrases.Found title) {
        return !"org".equals(title.scope()) && !NAMED.equals(title.scope()) && !"relative".equals(title.scope())
                && capitalised(s, title) && !phrases.namesBody(s, title);
    }

    /** Whether every word of the title is printed with a capital, as a formal title before a name is. */
    private boolean capitalised(Sentence s, TitlePhrases.Found title) {
        for (int t = title.first(); t <= title.last(); t++) {
            String w = s.token(t).word();
            if (Character.isLowerCase(w.charAt(0)) && !w.matches("of|for|and|the|to|on") && !phrases.qualifier(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "a delegation comprising New Zealand's Climate Change Minister, Ana Duarte, Minister for Health, Rui Costa, and
     * ...": a title without owner listed right after another "TITLE, NAME" of the same sentence whose post has a state
     * takes that state. The token is the comma before the title; null when no such item precedes it.
     */
    private static Entity listOwner(ArticleContext ctx, Sentence s, int comma, List<PostClaim> found) {
        if (comma < 1 || !s.token(comma).word().equals(",")) {
            return null;
        }
        Mention previous = ctx.mentionAt(s.index(), comma - 1);
        if (previous == null || previous.lastToken() != comma - 1 || previous.entity().type() != EntityType.PERSON) {
            return null;
        }
        Span sentence = ctx.sentenceSpan(s);
        for (PostClaim p : found) {
            if (p.person().equals(previous.entity()) && p.evidence().equals(sentence) && p.in().type() == EntityType.STATE
                    && p.rule().startsWith("title-comma-name")) {
                return p.in();
            }
        }
        return null;
    }

    /** A title read before a name, with its owner and the token where it (or its owner) starts. */
    private record Held(TitlePhrases.Found title, Entity owner, int start) {}

    /**
     * The title ending at the token, and the one joined to it by "and" before it ("Deputy Prime Minister and Minister
     * for Foreign Affairs of New Zealand"): a title without its own owner takes the other's; nearest first.
     */
    private List<Held> titlesEndingAt(ArticleContext ctx, Sentence s, int end, Entity fallback) {
        TitlePhrases.Found title = phrases.endingAt(ctx, s, end);
        if (title == null) {
            return List.of();
        }
        List<Held> out = new ArrayList<>();
        out.add(held(ctx, s, title));
        int and = title.first() - 1;
        if (and >= 1 && s.token(and).word().equalsIgnoreCase("and")) {
            TitlePhrases.Found first = phrases.endingAt(ctx, s, and - 1);
            if (first != null) {
                out.add(held(ctx, s, first));
            }
        }
        Entity shared = out.stream().map(Held::owner).filter(java.util.Objects::nonNull).findFirst().orElse(fallback);
        out.replaceAll(h -> h.owner() == null ? new Held(h.title(), shared, h.start()) : h);
        return out;
    }

    private Held held(ArticleContext ctx, Sentence s, TitlePhrases.Found title) {
        if (title.owner() != null) {
            return new Held(title, title.owner(), title.first());
        }
        Entity owner = ownerEndingAt(ctx, s, title.first() - 1);
        int start = title.first();
        if (owner != null) {
            int k = title.first() - 1;
            if (possessive(s, k)) {
                k--;
            }
            Mention m = ctx.mentionAt(s.index(), k);
            start = m == null ? k : m.firstToken();
            if (start > 0 && s.token(start - 1).word().equalsIgnoreCase("the")) {
                start--;
            }
        }
        return new Held(title, owner, start);
    }

    private List<PostClaim> claims(ArticleContext ctx, Sentence s, Entity person, List<Held> held, String rule) {
        List<PostClaim> out = new ArrayList<>();
        for (int k = held.size() - 1; k >= 0; k--) {
            out.addAll(one(claim(ctx, s, person, held.get(k).title(), held.get(k).owner(), rule)));
        }
        return out;
    }

    private static List<PostClaim> one(PostClaim p) {
        return p == null ? List.of() : List.of(p);
    }

    /**
     * "his Russian counterpart Sergey Lavrov", "Kerry's Tajik counterpart": the post the possessor holds in this
     * article, in the state the demonym names. Nothing when the possessor or their post is not known.
     */
    private PostClaim counterpart(ArticleContext ctx, Sentence s, Mention person, int end, List<PostClaim> found, List<Unowned> stateless) {
        if (end < 1 || !s.token(end).lemma().equalsIgnoreCase("counterpart")) {
            return null;
        }
        Mention state = ctx.mentionAt(s.index(), end - 1);
        if (state == null || state.entity().type() != EntityType.STATE) {
            return null;
        }
        int poss = state.firstToken() - 1;
        Entity possessor = null;
        if (poss >= 0 && s.token(poss).pos().equals("PRP$")) {
            possessor = ctx.entityAt(s, poss);
        } else if (poss >= 1 && possessive(s, poss)) {
            possessor = ctx.entityAt(s, poss - 1);
        }
        if (possessor == null) {
            return null;
        }
        for (PostClaim p : found) {
            // A counterpart holds the same post in another state: only a post of a state has one.
            if (p.person().equals(possessor) && p.in().type() == EntityType.STATE) {
                Title t = titleFor(p.title());
                if (t != null) {
                    return claim(ctx, s, person.entity(), functionTitle(t, state.entity()), state.entity(), "counterpart");
                }
            }
        }
        // "The prime minister Legault had met his French counterpart X": a title the possessor holds with no state
        // printed is still a state's post, and the counterpart holds it in the state the demonym names.
        for (Unowned u : stateless) {
            if (u.person().equals(possessor) && !"org".equals(u.title().scope()) && !"relative".equals(u.title().scope())) {
                Title t = titleFor(u.title().text());
                if (t != null) {
                    return claim(ctx, s, person.entity(), functionTitle(t, state.entity()), state.entity(), "counterpart");
                }
            }
        }
        return null;
    }

    /** The title of the same function in another state: a US Secretary of State's counterpart is a foreign minister. */
    private Title functionTitle(Title t, Entity state) {
        if (t.canonical().equals("Secretary of State") || t.canonical().equals("Foreign Secretary")) {
            Title fm = titleFor("Foreign Minister");
            return fm != null ? fm : t;
        }
        return t;
    }

    private Title titleFor(String canonical) {
        for (Title t : titles) {
            if (t.canonical().equals(canonical)) {
                return t;
            }
        }
        return null;
    }

    /**
     * NAME , [the] [state's | demonym] TITLE [of OWNER]; NAME (STATE) after a title; also NAME on one line and TITLE on
     * the next (a header).
     */
    private List<PostClaim> titleAfter(ArticleContext ctx, Sentence s, Mention person, Entity publisher) {
        int i = person.lastToken() + 1;
        if (i >= s.tokens().size()) {
            return List.of();
        }
        String between = ctx.body().substring(s.token(i - 1).end(), s.token(i).begin());
        if (s.token(i).word().equals(",")) {
            i++;
        } else if (!between.contains("\n") || !between.isBlank()) {
            return List.of();
        }
        if (i < s.tokens().size() && s.token(i).word().equalsIgnoreCase("the")) {
            i++;
        }
        Entity in = null;
        Mention owner = i < s.tokens().size() ? ctx.mentionAt(s.index(), i) : null;
        if (owner != null && TitlePhrases.isOwner(owner.entity())) {
            in = owner.entity();
            i = owner.lastToken() + 1;
            if (i < s.tokens().size() && possessive(s, i)) {
                i++;
            }
        }
        TitlePhrases.Found title = phrases.startingAt(ctx, s, i);
        if (title == null) {
            return List.of();
        }
        // "Ana Duarte, Minister of State, Member of the Council, and National Security Advisor": each title of the
        // list is hers, all of one owner
        List<TitlePhrases.Found> more = new ArrayList<>(List.of(title));
        for (int k = title.last() + 1; k + 1 < s.tokens().size() && s.token(k).word().equals(","); ) {
            int at = s.token(k + 1).word().equalsIgnoreCase("and") ? k + 2 : k + 1;
            TitlePhrases.Found next = at < s.tokens().size() && capitalisedAt(s, at) ? phrases.startingAt(ctx, s, at) : null;
            if (next == null) {
                break;
            }
            more.add(next);
            k = next.last() + 1;
        }
        for (TitlePhrases.Found t : more) {
            if (t.owner() != null) {
                in = t.owner();
            }
        }
        if (in == null) {
            // "the delegation of Chile headed by Ana Duarte, Minister of State": the state she leads the delegation of
            for (Map.Entry<Entity, Entity> e : ctx.delegationHeads().entrySet()) {
                if (e.getValue().equals(person.entity())) {
                    in = e.getKey();
                }
            }
        }
        if (in == null) {
            // "Shri A. Kumar, Official Spokesperson:" in a ministry's transcript: the publishing government's official
            in = publisherFor(publisher, person.entity(), more);
        }
        List<PostClaim> out = new ArrayList<>();
        for (TitlePhrases.Found t : more) {
            PostClaim p = claim(ctx, s, person.entity(), t, t.owner() != null ? t.owner() : in, "title-in-apposition");
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean capitalisedAt(Sentence s, int token) {
        return Character.isUpperCase(s.token(token).word().charAt(0));
    }

    /** "Prime Minister Ana Duarte (Portugal)": a state in brackets right after the name owns the title before it. */
    private static Entity bracketedState(ArticleContext ctx, Sentence s, Mention person) {
        int open = person.lastToken() + 1;
        if (open + 2 >= s.tokens().size() || !isOpenBracket(s.token(open).word())) {
            return null;
        }
        Mention m = ctx.mentionAt(s.index(), open + 1);
        if (m == null || m.firstToken() != open + 1 || m.entity().type() != EntityType.STATE || m.kind() == Mention.Kind.DEMONYM) {
            return null;
        }
        int close = m.lastToken() + 1;
        return close < s.tokens().size() && isCloseBracket(s.token(close).word()) ? m.entity() : null;
    }

    /** "Ambassador Martin Andjaba of Namibia": a state after "of" right after the name owns the title before it. */
    private static Entity ofState(ArticleContext ctx, Sentence s, Mention person) {
        int of = person.lastToken() + 1;
        if (of + 1 >= s.tokens().size() || !s.token(of).word().equals("of")) {
            return null;
        }
        int at = s.token(of + 1).word().equalsIgnoreCase("the") ? of + 2 : of + 1;
        Mention m = at < s.tokens().size() ? ctx.mentionAt(s.index(), at) : null;
        if (m == null || m.firstToken() != at || m.entity().type() != EntityType.STATE || m.kind() == Mention.Kind.DEMONYM) {
            return null;
        }
        return m.entity();
    }

    private static boolean isOpenBracket(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    private static boolean isCloseBracket(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }

    private PostClaim claim(ArticleContext ctx, Sentence s, Entity person, TitlePhrases.Found title, Entity in, String rule) {
        // "the late Prime Minister X", "the then Foreign Minister X": a post held before, as "former" says ("since then
        // President X": "then" is no part of the title)
        boolean the = title.first() > 0 && s.token(title.first() - 1).word().equalsIgnoreCase("the");
        String text = LATE_OR_THEN.matcher(title.text()).replaceFirst(the ? "former " : "");
        return claim(ctx, s, person, new Title(List.of(), text, title.scope()), in, rule);
    }

    private static final java.util.regex.Pattern LATE_OR_THEN = java.util.regex.Pattern.compile("^(?i)(late|then)\\s+");

    private PostClaim claim(ArticleContext ctx, Sentence s, Entity person, Title title, Entity in, String rule) {
        if ("relative".equals(title.scope())) {
            return null; // "counterpart" names a post only through its possessor's (see counterpart())
        }
        if (in == null && "org".equals(title.scope())) {
            return null;
        }
        if (in == null && NAMED.equals(title.scope())) {
            return null;
        }
        if (in == null && person.entry() != null && person.entry().citizenOf() != null) {
            in = gazetteer.byIri(person.entry().citizenOf()).map(Entity::of).orElse(null);
        }
        if (in == null) {
            return null;
        }
        if (("state".equals(title.scope()) || NAMED.equals(title.scope())) && in.type() != EntityType.STATE) {
            return null;
        }
        return new PostClaim(person, title.canonical(), in, ctx.sentenceSpan(s), rule);
    }

    /** Whether a name the title's owner could be stands right before it ("Cook Islands PM X", "Niue Premier X"). */
    private static boolean ownerUnread(ArticleContext ctx, Sentence s, int titleStart) {
        int k = titleStart - 1;
        if (k < 0) {
            return false;
        }
        Token t = s.token(k);
        Mention m = ctx.mentionAt(s.index(), k);
        return m != null ? m.entity().type() != EntityType.PERSON
                : t.isProperNoun() && !"DATE".equals(t.ner()) && !"TIME".equals(t.ner()) && k > 0;
    }

    /**
     * "the Solomon Islands leader, Prime Minister X", "the Kenyan head of state, President X": the state of the phrase
     * the title and name are set off after, or null.
     */
    private static Entity apposedState(ArticleContext ctx, Sentence s, int titleStart) {
        int k = titleStart - 1;
        if (k < 1 || !s.token(k).word().equals(",")) {
            return null;
        }
        for (int j = k - 1; j >= Math.max(0, k - 5); j--) {
            Token t = s.token(j);
            Mention m = ctx.mentionAt(s.index(), j);
            if (m != null && m.entity().type() == EntityType.STATE) {
                return m.entity();
            }
            if (m != null || t.pos().startsWith("VB") || t.pos().equals("IN") && !t.word().equalsIgnoreCase("of") || !t.word().matches(".*\\p{L}.*")) {
                return null;
            }
        }
        return null;
    }

    /** "'s", or the bare apostrophe of a name ending in s ("the Marshall Islands' President"), as the NLP tags it. */
    private static boolean possessive(Sentence s, int token) {
        String w = s.token(token).word();
        return w.equals("'s") || w.equals("\u2019s") || s.token(token).pos().equals("POS") && (w.equals("'") || w.equals("\u2019"));
    }

    /** The state or organisation named (or named by a demonym, or possessive) just before the token. */
    private static Entity ownerEndingAt(ArticleContext ctx, Sentence s, int token) {
        if (token < 0) {
            return null;
        }
        if (possessive(s, token) && token > 0) {
            token--;
        }
        Mention m = ctx.mentionAt(s.index(), token);
        if (m != null && m.lastToken() == token && TitlePhrases.isOwner(m.entity())) {
            return m.entity();
        }
        return null;
    }
}
