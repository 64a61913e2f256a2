package dev.lede.core.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Verbs of saying and thinking that a published thesaurus gives as near in meaning: "signals" and "hinted", "justifies"
 * and "defended", "thinks back on" and "recalled", "responds to" and "answered". WordNet ties few of these (its senses are
 * fine-grained and its synonyms strict), and a related headline's verb of saying is as often one WordNet leaves
 * untied as one it ties; a general thesaurus lists the words a writer reaches for instead.
 *
 * <p>The thesaurus is Grady Ward's Moby Thesaurus (public domain), the largest English one; it lists words near in any
 * sense, so two conditions narrow it to the reading a headline needs. Both verbs are verbs of saying or thinking by
 * WordNet's commonest sense (its lexicographer files {@code verb.communication} and {@code verb.cognition}), so a tie
 * through another sense ("headline" and "open", both said of a show, where "open" is first a door's) does not count;
 * a verb WordNet files first as seeing and next as saying or thinking counts too ("looks back on" and "reflected on",
 * version 47: English says seeing for thinking);
 * and each verb lists the other, so a word's long tail of loose associations does not either. A tie earns what a
 * neighbour one step up or down WordNet's hierarchy earns, no more. WordNet files a few deeds among the verbs of
 * saying ("sign", "nominate"), which are tied too: of the decoys measured, one jumped for it ("signs for … prequel"
 * against "confirmed the end of …"). The list is written by {@code SayingVerbLinksWriter} in the tests from the
 * thesaurus and WordNet 3.1 (docs/related-matching.md, "Resolver version 39").
 *
 * <p>The thesaurus also lists verb phrases WordNet lacks and gives no entry of their own ("break silence", under
 * "speak", "speak out", "speak up", "say" and "pipe up"), which cannot list a verb back. Such a phrase is a verb of
 * saying when two or more entries list it and each is one (and its first word is a verb); it is tied to each of them,
 * so a line's "speaks on" finds an article that "broke the silence on" (version 53), and a line's "breaks silence on"
 * one that "spoke out about" (version 54: {@link #phraseOf}).
 */
final class SayingVerbs {

    /** The list: a verb lemma (or phrase: "think back"), a tab, the lemmas tied to it, comma-separated. */
    static final String RESOURCE = "moby-saying-verb-links.txt";
    /** WordNet's lexicographer files of the verbs of saying and of thinking. */
    static final Set<String> LEXICOGRAPHER_FILES = Set.of("verb.communication", "verb.cognition");
    /**
     * WordNet's lexicographer file of the verbs of perceiving: a verb filed there first and among the verbs of saying
     * or thinking next is one too ("look back", "reflect"; version 47).
     */
    static final String SEEING_FILE = "verb.perception";

    private SayingVerbs() {}

    /**
     * The verbs of saying or thinking the thesaurus ties to a line's verb, as written ("signals") or as the WordNet
     * verb phrase it opens ("think back"); empty for any other word.
     */
    static List<String> tiedTo(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> own = Loaded.LINKS.get(WordForms.oneSpelling(lower));
        if (own != null) {
            return own;
        }
        String lemma = lower.indexOf(' ') < 0 ? WordNet.verbBase(lower) : null;
        return lemma == null ? List.of() : Loaded.LINKS.getOrDefault(WordForms.oneSpelling(lemma), List.of());
    }

    /**
     * The phrase of saying two line words make when the list ties it ("breaks silence" → "break silence", a phrase of
     * the thesaurus's own that WordNet lacks), else null.
     */
    static String phraseOf(String first, String second) {
        String verb = WordNet.verbBase(first.toLowerCase(Locale.ROOT));
        if (verb == null) {
            return null;
        }
        String phrase = verb + ' ' + second.toLowerCase(Locale.ROOT);
        return Loaded.LINKS.containsKey(WordForms.oneSpelling(phrase)) ? phrase : null;
    }

    /** Read on first use only (the holder idiom); without the list no verb is tied. */
    private static final class Loaded {
        static final Map<String, List<String>> LINKS = read();

        private static Map<String, List<String>> read() {
            Map<String, List<String>> links = new HashMap<>();
            try (InputStream raw = SayingVerbs.class.getResourceAsStream(RESOURCE)) {
                if (raw == null) {
                    return links;
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        // Keyed in one spelling: the thesaurus is American, a headline as often British
                        // ("criticises").
                        links.merge(
                                WordForms.oneSpelling(line.substring(0, tab)),
                                List.of(line.substring(tab + 1).split(",")),
                                (one, other) -> Stream.concat(one.stream(), other.stream())
                                        .toList());
                    }
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            return links;
        }
    }
}
