package dev.lede.bench;

import dev.lede.core.article.Source;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic fictional articles in lede's plain-text format (lede line, body paragraphs, related
 * headlines), parsed by the real parser into a library, so the benchmarks need no files on disk.
 */
final class SyntheticNews {

    private static final String[] PEOPLE = {
        "Ilse Vellacott",
        "Tobin Quarrie",
        "Oskar Amberley",
        "Perpetua Duskwood",
        "Anselm Strand",
        "Lioba Marchbank",
        "Corwin Oakhurst",
        "Evander Kettleby",
        "Rosalind Ashgrove",
        "Solveig Lightfoot",
        "Caius Calloway",
        "Mireille Greyling"
    };
    private static final String[] PLACES = {
        "Marrowby",
        "Kestrel Point",
        "Dunmere",
        "Saltings Cross",
        "Upper Fenwick",
        "Eastwold",
        "Corrow",
        "Tamsford",
        "Gullhaven",
        "Pellham",
        "Rookwood",
        "Oxmere"
    };
    private static final String[] THINGS = {
        "the flood barrier budget",
        "a new ferry timetable",
        "plans for a tram line",
        "the harbour wall",
        "a strike at the port",
        "the library opening hours",
        "the winter fuel scheme",
        "a proposed wind farm",
        "the sale of the glassworks",
        "the bypass"
    };
    private static final String[] VERBS = {
        "defended",
        "criticised",
        "announced",
        "rejected",
        "welcomed",
        "questioned",
        "backed",
        "paused",
        "unveiled",
        "delayed"
    };
    private static final String[] SENTENCES = {
        "Residents in %s said the plan for %s had been argued over for years.",
        "A spokesperson for the council in %s declined to comment on %s.",
        "Figures seen by this paper suggest %s will cost more than first thought in %s.",
        "Shopkeepers in %s were divided, and several called %s a distraction.",
        "The last vote in %s on %s was lost by a handful of votes.",
        "Engineers warned that %s could slip by another winter unless %s agrees a budget."
    };

    private SyntheticNews() {}

    static String lede(int i) {
        SplittableRandom r = new SplittableRandom(0x1ede_0000L + i);
        return pick(r, PEOPLE) + " " + pick(r, VERBS) + " " + pick(r, THINGS) + " in " + pick(r, PLACES)
                + " after meeting " + (i % 997) + " of the " + (i / 997) + " series.";
    }

    /** Article i of a library of n: about 40 lines of body with 4 to 8 related headlines. */
    static String article(int i, int n, int paragraphs) {
        SplittableRandom r = new SplittableRandom(0xb0d1_0000L + i);
        StringBuilder text = new StringBuilder(lede(i));
        for (int p = 0; p < paragraphs; p++) {
            text.append('\n');
            for (int s = 0; s < 4; s++) {
                String place = pick(r, PLACES);
                String thing = pick(r, THINGS);
                String form = pick(r, SENTENCES);
                text.append(s == 0 ? "" : " ")
                        .append(
                                form.startsWith("Engineers")
                                        ? String.format(form, thing, place)
                                        : String.format(form, place, thing));
            }
        }
        int related = 4 + r.nextInt(5);
        for (int k = 0; k < related; k++) {
            String headline = lede(r.nextInt(n));
            text.append('\n').append(headline, 0, headline.length() - 1);
        }
        return text.toString();
    }

    /** A finished library of n articles with the given number of body paragraphs each. */
    static Library library(int n, int paragraphs) {
        Parsers parsers = new Parsers(InputFormat.TEXT);
        LibraryBuilder builder = new LibraryBuilder();
        for (int i = 0; i < n; i++) {
            byte[] bytes = article(i, n, paragraphs).getBytes(StandardCharsets.UTF_8);
            builder.add(parsers.parse(Input.of(Source.of(String.format("bench/%07d.txt", i)), bytes)));
        }
        return builder.finish();
    }

    static List<String> prefixesOf(String... words) {
        List<String> out = new ArrayList<>();
        for (String word : words) {
            for (int end = 1; end <= word.length(); end++) {
                out.add(word.substring(0, end));
            }
        }
        return List.copyOf(out);
    }

    private static String pick(SplittableRandom r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}
