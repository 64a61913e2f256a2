package dev.lede.core.parse.html;

import java.util.regex.Pattern;

/**
 * An author's biography printed without a box's class to say so: a paragraph that opens with an author's name
 * (the whole name, or the first name alone, after a title such as "Dr"), perhaps a role between commas, then a
 * verb ("Ann Lee has covered…", "Ann, Senior Editor, studied…"), and that speaks of a person (he, she, his,
 * her). Readability and trafilatura drop the author's box by its class ("author-bio", "about-author"); this is
 * the same paragraph found by its words. The pronoun keeps a company's blurb ("Acme has run…") out of the rule.
 */
final class AuthorBiography {

    /** A biography is a paragraph; the pronoun is the evidence, so it may run longer than the "is a" blurb. */
    private static final int MAX_WORDS = 150;
    /** A courtesy or academic title before the name. */
    private static final String TITLE = "(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\\.?\\s+)?";
    /** A role set off by commas after the name, then the first word of the predicate, in small letters. */
    private static final String PREDICATE = "(?:,[^,.]{1,60},)?\\s+\\p{Ll}";

    private static final Pattern PERSON = Pattern.compile("\\b(?:he|she|his|her|him)\\b", Pattern.CASE_INSENSITIVE);

    private AuthorBiography() {}

    /** Whether {@code text} is the biography of an author the byline names. */
    static boolean is(String text, String byline) {
        if (byline == null
                || HtmlText.words(text) > MAX_WORDS
                || !PERSON.matcher(text).find()) {
            return false;
        }
        for (String author : byline.split(",| and | & ")) {
            String name = author.strip();
            if (!BylineChoice.NAME.matcher(name).matches()) {
                continue; // an organisation's one-word name, a role ("CFP")
            }
            String first = name.split("\\s+")[0];
            for (String opening : first.length() > 2 ? new String[] {name, first} : new String[] {name}) {
                if (Pattern.compile(TITLE + Pattern.quote(opening) + PREDICATE)
                        .matcher(text)
                        .lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }
}
