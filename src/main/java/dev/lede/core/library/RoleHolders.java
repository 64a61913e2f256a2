package dev.lede.core.library;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who holds a role: a headline gives a person a role with a phrase right after the name, a preposition and a noun
 * ("with Dev Young in the lead", "Noor Hale at the helm"). A related headline that gives a role to a person its article
 * names, where the article gives that role to another person and never to this one ("… with Rachel Zhou in the lead
 * and Dev Young joining the cast"), swaps who does what: another story, however many words agree
 * (docs/related-matching.md, "Resolver version 50"). Only names are read, as a headline writes them (two or more
 * capitalised words); a line in title case or in lower case gives no role.
 */
final class RoleHolders {

    /** A name: two or more capitalised words. */
    private static final String NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)+";
    /** A preposition, "the", "a" or none, and a lower-case word: the phrase of a role. */
    private static final Pattern PHRASE =
            Pattern.compile("\\b(?:in|at|as|on)\\s+(?:(?:the|a|an)\\s+)?\\p{Ll}[\\p{L}-]*");
    /** A name ending the text before a phrase, with the space between. */
    private static final Pattern NAME_BEFORE = Pattern.compile("(" + NAME + ")\\s+$");
    /** How far before a phrase a name is looked for: the longest names a headline writes. */
    private static final int NAME_REACH = 60;

    /**
     * A role a line gives: the person's name as written, the phrase after it ("in the lead"), and the pattern that finds
     * any name before that phrase in an article's text, compiled once a line rather than once a candidate.
     */
    record Role(String name, String phrase, Pattern holder) {

        Role(String name, String phrase) {
            this(name, phrase, Pattern.compile("(" + NAME + ")\\s+" + Pattern.quote(phrase) + "\\b"));
        }
    }

    private RoleHolders() {}

    /**
     * The roles a line gives its people, most often none. The phrase is found first and the name before it after: every
     * line is read, and one pattern for name and phrase, tried at each capital, cost a third more CPU in resolving 60,000
     * lines one by one (docs/related-matching.md, "Resolver version 50").
     */
    static List<Role> given(String line) {
        List<Role> roles = new ArrayList<>(0);
        Matcher phrase = PHRASE.matcher(line);
        while (phrase.find()) {
            Matcher name = NAME_BEFORE.matcher(line).region(Math.max(0, phrase.start() - NAME_REACH), phrase.start());
            if (name.find()) {
                roles.add(new Role(name.group(1), phrase.group()));
            }
        }
        return roles;
    }

    /**
     * Whether the entry's text names the person of one of the roles and gives that role to another name, never to the
     * person: "Rachel Zhou in the lead and Dev Young joining the cast" against "… with Dev Young in the lead".
     */
    static boolean givenToAnother(String entry, List<Role> roles) {
        for (Role role : roles) {
            if (!entry.contains(role.name())) {
                continue;
            }
            boolean toAnother = false;
            boolean toThePerson = false;
            Matcher holder = role.holder().matcher(entry);
            while (holder.find()) {
                boolean same = holder.group(1).endsWith(role.name());
                toThePerson |= same;
                toAnother |= !same;
            }
            if (toAnother && !toThePerson) {
                return true;
            }
        }
        return false;
    }
}
