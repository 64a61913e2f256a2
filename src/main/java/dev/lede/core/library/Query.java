// Over 300 lines, not split: a related headline is read into its query in one pass over its words, and the parts
// read only when asked (its tokens, the roles of its words, the words a negation stands before) share that pass.
package dev.lede.core.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A related headline as {@link HeadlineMatcher} asks about it among the first {@code limit} entries: the
 * ids of the names, numbers and titles every candidate must hold, the ids an opening word before a
 * name is checked against ({@link OpeningName#ids}; null when there is none), and its words weighed by how rare they
 * are (inverse document frequency), so names, titles, numbers and rare nouns carry a match and common
 * words count little.
 */
record Query(int[] names, List<QueryTerm> terms, double total, int[] opening) {

    /** A supplier that works its value out on the first asking only: one query is read by one thread. */
    private static <T> Supplier<T> once(Supplier<T> compute) {
        List<T> memo = new ArrayList<>(1);
        return () -> {
            if (memo.isEmpty()) {
                memo.add(compute.get());
            }
            return memo.get(0);
        };
    }

    /**
     * The weight of a lower-case word no entry uses, against a word one entry uses: such a word is most
     * often the rewrite's own wording ("hands back" for "returned"), a capitalised one a name. 0.6 with
     * {@link HeadlineMatcher#MIN_SCORE} 0.66, chosen together on the curve over every evaluation set (resolver
     * version 15, docs/related-matching.md): it lets no decoy through that 0.7 and 0.62 kept out, and keeps out
     * 27 that they let through.
     */
    private static final double UNSEEN_WORD = 0.6;

    /**
     * The query, or none when a required name is in no entry (the story is not in the library) or no word weighs.
     *
     * @param written  the line as written, its capitals kept ("EW")
     * @param headline the line with its abbreviations of common words in lower case ({@link CommonAbbreviations})
     */
    static Optional<Query> of(String written, String headline, TermIndex index, int limit) {
        Map<String, String> words = HeadlineTerms.firstSurfaces(headline);
        Set<String> required = HeadlineNames.required(headline, words.keySet());
        asPlaces(words, required, index, limit);
        Map<String, String> initialisms = asInitials(written, headline, words, required, index, limit);
        // A line in title case or lower case says nothing by its capitals ("Publisher Harcastle Books Bought by
        // Stanway Media"): its names are the words the library writes as names, and a word no dictionary and no
        // entry knows.
        boolean caseless = HeadlineNames.caseSaysNothing(headline);
        Set<String> libraryNames = caseless ? namesOfLibrary(words, index, limit) : Set.of();
        if (caseless && unknownAnywhere(headline, words, index, limit)) {
            return Optional.empty(); // a name no entry has: not in the library
        }
        required.addAll(libraryNames);
        Optional<OpeningName> opening = Optional.empty();
        int[] names = held(required, index, limit);
        if (names == null) {
            // A name as written is in no entry: its opening word may be no part of it ("Mayor Quint" for
            // "mayor … Dolores Quint"). A pair some entry holds is read as the name it is there.
            opening = apart(headline, required);
            names = opening.isPresent() ? held(required, index, limit) : null;
        }
        if (names == null) {
            // "Ferris Point-Abermoor road": one double-barrelled name as written, or two names joined as an en
            // dash joins them ("the Cray–Pellow line"); when no entry holds the joined name, the two.
            String apartAtHyphens = HeadlineNames.hyphenedNamesApart(headline);
            if (apartAtHyphens != null) {
                required = HeadlineNames.required(apartAtHyphens, words.keySet());
                opening = Optional.empty();
                names = held(required, index, limit);
            }
        }
        if (names == null) {
            return Optional.empty(); // a name or number no entry has: not in the library
        }
        Set<String> capitalised = new HashSet<>(HeadlineNames.capitalisedTerms(headline));
        capitalised.addAll(libraryNames);
        // Split only if a word's verb phrase is asked for (QueryTerm.lexicalWord); one query, one thread.
        Supplier<List<String>> tokens = once(() -> WordForms.tokens(headline));
        Supplier<Map<String, Integer>> lineRoles = once(() -> WordRoles.of(headline, caseless));
        Supplier<Set<String>> negatedWords = once(() -> Negation.negatedWords(headline));
        // Only a line holding a form of "get", "go" or "give" is read for "gets candid about", "goes public with" or
        // "gives the Oscars a miss".
        Supplier<Set<String>> light = once(() -> {
            String lower = headline.toLowerCase(Locale.ROOT);
            Set<String> found = new HashSet<>(0);
            if (lower.contains("get") || lower.contains("got") || lower.contains("go") || lower.contains("went")) {
                found.addAll(CopularManner.weightless(tokens.get()));
            }
            if (lower.contains("giv") || lower.contains("gave")) {
                found.addAll(LightGive.weightless(tokens.get()));
            }
            return found;
        });
        Set<String> speech = QuotedSpeech.onlyQuotedTerms(headline);
        Set<String> label = PageLabel.terms(headline);
        double total = 0;
        List<QueryTerm> terms = new ArrayList<>();
        for (Map.Entry<String, String> entry : words.entrySet()) {
            String word = entry.getKey();
            int id = index.id(word);
            int df = id < 0 ? 0 : index.count(id, limit);
            // Names have no synonyms; WordNet's entries for "Moss" or "Hawks" are other words.
            boolean lexical = !capitalised.contains(word)
                    && !HeadlineTerms.isNumber(word)
                    && !HeadlineTerms.isOrdinal(word)
                    && !NameInitials.isInitialism(word);
            if (df == 0 && label.contains(word) && isDictionaryWord(entry.getValue())) {
                continue; // "Analysis:", "Live:", "In pictures:" say what kind of page it is, not which story
            }
            if (df == 0 && lexical && isFunctionWord(entry.getValue())) {
                continue;
            }
            if (df == 0 && lexical && WordNet.isMannerAdverb(entry.getValue())) {
                continue; // "finally", "frankly": how the story was told, not which; weighs as a function word does
            }
            if (df == 0 && lexical && light.get().contains(entry.getValue())) {
                // "gets candid about": "candidly", as above, and "gets" no event of its own; "gives the Oscars a miss":
                // the event is the miss
                continue;
            }
            // A word no entry uses counts as the rarest kind; a lower-case one less, since it is most likely
            // the rewrite's own wording ("hands back"), not a name.
            double weight = Math.log(1.0 + (limit + 1.0) / (df + 1.0));
            if (df == 0 && !capitalised.contains(word)) {
                weight *= UNSEEN_WORD;
            }
            if (speech.contains(word) && !required.contains(word)) {
                weight *= QuotedSpeech.WEIGHT;
            }
            total += weight;
            int[] related = index.relatedForms(word, limit);
            if (df > 0 || related.length > 0 || lexical) {
                String initials = initialisms.get(word);
                terms.add(new QueryTerm(
                        df > 0 ? id : -1,
                        initials == null ? -1 : index.id(initials),
                        related,
                        weight,
                        word,
                        lexical ? entry.getValue() : null,
                        tokens,
                        lineRoles,
                        negatedWords));
            }
        }
        if (terms.isEmpty() || total == 0) {
            return Optional.empty();
        }
        return Optional.of(
                new Query(names, terms, total, opening.map(o -> o.ids(index)).orElse(null)));
    }

    /** The words of a line in title or lower case that some entry writes as names ({@link HeadlineNames#namesInside}). */
    private static Set<String> namesOfLibrary(Map<String, String> words, TermIndex index, int limit) {
        Set<String> names = new LinkedHashSet<>();
        for (String term : words.keySet()) {
            int id = index.id(HeadlineNames.asName(term));
            if (id >= 0 && index.count(id, limit) > 0) {
                names.add(term);
            }
        }
        return names;
    }

    /**
     * Whether a word of the line is in no entry and no dictionary, so a name of a story the library does not
     * hold; a page's label and a number aside. A function word WordNet does not hold ("could", "into") reads so
     * too when no entry uses it, which only a library of a few articles lacks.
     */
    private static boolean unknownAnywhere(String headline, Map<String, String> words, TermIndex index, int limit) {
        if (!WordNet.available()) {
            return false;
        }
        Set<String> label = PageLabel.terms(headline);
        for (Map.Entry<String, String> word : words.entrySet()) {
            int id = index.id(word.getKey());
            if ((id < 0 || index.count(id, limit) == 0)
                    && !HeadlineTerms.isNumber(word.getKey())
                    && !HeadlineTerms.isOrdinal(word.getKey())
                    && !label.contains(word.getKey())
                    && !HeadlineNames.isFirstOrSecondPerson(List.of(word.getValue()))
                    && !WordNet.of(word.getValue()).known()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each people's word no entry uses whose place some entry names ({@link Demonym}: "Valdorian" for Valdoria)
     * read as that place, among the line's words and the names it requires.
     */
    private static void asPlaces(Map<String, String> words, Set<String> required, TermIndex index, int limit) {
        Map<String, String> places = new HashMap<>();
        for (Map.Entry<String, String> word : words.entrySet()) {
            if (!held(word.getKey(), index, limit)) {
                for (String place : Demonym.places(word.getValue())) {
                    String term = HeadlineTerms.term(place);
                    if (held(term, index, limit) && !words.containsKey(term)) {
                        places.put(word.getKey(), place);
                        break;
                    }
                }
            }
        }
        if (places.isEmpty()) {
            return; // most lines
        }
        Map<String, String> read = new LinkedHashMap<>();
        words.forEach((term, surface) -> {
            String place = places.get(term);
            read.put(place == null ? term : HeadlineTerms.term(place), place == null ? surface : place);
        });
        words.clear();
        words.putAll(read);
        places.forEach((term, place) -> {
            if (required.remove(term)) {
                required.add(HeadlineTerms.term(place));
            }
        });
    }

    /**
     * Each word in capitals no entry uses that is the initialism of a name some entry writes out ({@link
     * NameInitials}: "RHOBH" for "Real Housewives of Beverly Hills") read as that name, among the line's words and
     * the names it requires. A word WordNet also knows as an abbreviation of common words ("PM", "EW"; {@link
     * CommonAbbreviations}) stays that word, and the name is returned as what it may stand for instead: from
     * each such word's term to the initialism's.
     */
    private static Map<String, String> asInitials(
            String written,
            String headline,
            Map<String, String> words,
            Set<String> required,
            TermIndex index,
            int limit) {
        Map<String, String> capitals = NameInitials.writtenIn(written);
        if (capitals.isEmpty()) {
            return Map.of(); // most lines
        }
        Map<String, String> stillCapitals = NameInitials.writtenIn(headline);
        Map<String, String> read = new LinkedHashMap<>();
        Map<String, String> either = new HashMap<>();
        for (Map.Entry<String, String> word : words.entrySet()) {
            String initials = capitals.get(word.getKey());
            if (initials != null && !held(word.getKey(), index, limit) && held(initials, index, limit)) {
                (stillCapitals.containsKey(word.getKey()) ? read : either).put(word.getKey(), initials);
            }
        }
        if (!read.isEmpty()) {
            Map<String, String> renamed = new LinkedHashMap<>();
            for (Map.Entry<String, String> word : words.entrySet()) {
                renamed.put(read.getOrDefault(word.getKey(), word.getKey()), word.getValue());
            }
            words.clear();
            words.putAll(renamed);
            read.forEach((term, initials) -> {
                if (required.remove(term)) {
                    required.add(initials);
                }
            });
        }
        return either;
    }

    private static boolean held(String term, TermIndex index, int limit) {
        int id = index.id(term);
        return id >= 0 && index.count(id, limit) > 0;
    }

    /** The ids of the required terms, or null when some entry-less one is among them. */
    private static int[] held(Set<String> required, TermIndex index, int limit) {
        int[] names = new int[required.size()];
        int nameCount = 0;
        for (String name : required) {
            int id = index.id(name);
            if (id < 0 || index.count(id, limit) == 0) {
                return null;
            }
            names[nameCount++] = id;
        }
        return names;
    }

    /**
     * The headline's opening word before a name ({@link OpeningName}), if any, with its pair in
     * {@code required} replaced by the word and the name apart; the pair is then checked per entry.
     */
    static Optional<OpeningName> apart(String headline, Set<String> required) {
        Optional<OpeningName> opening = OpeningName.of(headline).filter(o -> required.remove(o.pair()));
        opening.ifPresent(o -> {
            required.addAll(o.wordTerms());
            required.add(o.nameTerm());
        });
        return opening;
    }

    /** Whether WordNet knows the word, whatever its capitals ("Analysis" at the head of a line). */
    private static boolean isDictionaryWord(String word) {
        return WordNet.of(word.toLowerCase(Locale.ROOT)).known();
    }

    /**
     * Whether a lower-case word is a function word ("could", "my", "since"): WordNet holds nouns, verbs,
     * adjectives and adverbs only, so a word it does not know names no thing and no event. Asked only of
     * words no entry uses, which would otherwise weigh as the rarest kind.
     */
    private static boolean isFunctionWord(String word) {
        return WordNet.available() && !WordNet.of(word).known();
    }
}
