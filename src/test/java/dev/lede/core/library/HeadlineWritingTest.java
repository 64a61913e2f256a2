// Over 300 lines: each test is one rule of how headlines write what an article holds, on text of its own, over one
// shared library of other stories; split up, each file would repeat that library and its helpers.
package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How headlines write what an article holds, each a rule of its own: a name shortened to title and
 * surname, a capitalised opening word that is a role, count or word, names joined by an en dash, a
 * quotation's capitalised first word, a contraction opening the line, and numbers written otherwise
 * ("four decades", "twice", "one weekend").
 */
class HeadlineWritingTest {

    // The same library of other stories as HeadlineMatcherLexiconTest's, so word weights are those of a library.
    private static final List<String> OTHERS = HeadlineMatcherLexiconTest.OTHERS;

    private static Optional<Integer> resolve(String headline, String lede, String related) {
        return HeadlineMatcherLexiconTest.library(headline, lede).resolve(related, OTHERS.size() + 1);
    }

    private static final Optional<Integer> IT = Optional.of(OTHERS.size());

    /** One story the tests of what a page writes around a headline (labels, sources, notes) link to. */
    private static Optional<Integer> resolvePortmere(String related) {
        return resolve(
                "Portmere harbour to close to large ships",
                "Portmere's harbour will close to ships over 200 tonnes from May, the port authority said.",
                related);
    }

    @Test
    void aTitleAndSurnameNameWhomTheFullNameNames() {
        assertEquals(
                IT,
                resolve(
                        "Kelso Reed fined for speeding",
                        "Footballer Kelso Reed was fined £1,000 and banned from driving for six months.",
                        "Footballer Reed fined £1,000 for speeding"));
        assertTrue(HeadlineNames.namePairs("Mayor Dolores Quint won", false).contains("#mayor quint"));
        assertFalse(HeadlineNames.namePairs("Mayor Dolores Quint won", true).contains("#mayor quint"));
    }

    @Test
    void aCapitalisedOpeningWordMayBeARoleOrWordTheArticleWritesApart() {
        assertEquals(
                IT,
                resolve(
                        "Polar researcher Anja Brekke returns from year on the ice",
                        "Anja Brekke returned to Tromvik on Thursday after a year at the Nordhavn research station.",
                        "Researcher Anja Brekke returns to Tromvik after year at Nordhavn station"));
        assertEquals(
                IT,
                resolve(
                        "Lighthouse keeper's diary found in Strand Cove attic",
                        "A diary kept by the last keeper of the Strand Cove lighthouse was found in an attic.",
                        "Last Strand Cove lighthouse keeper's diary found in attic"));
    }

    @Test
    void anOpeningWordThatIsAFirstNameThereIsAnotherPerson() {
        // "Tom" opens another name in the article, and "Bianchi" has another first name: two other people.
        assertEquals(
                Optional.empty(),
                resolve(
                        "Tom Hale and Nadia Bianchi to skip Venice film festival",
                        "Tom Hale and Nadia Bianchi will not attend the Venice film festival this year.",
                        "Tom Bianchi to skip Venice film festival"));
        assertEquals(
                IT,
                resolve(
                        "Tom Bianchi to skip Venice film festival",
                        "Tom Bianchi will not attend the Venice film festival this year.",
                        "Tom Bianchi to skip Venice film festival this year"));
    }

    @Test
    void anEnDashJoinsTwoNamesAHyphenMakesOne() {
        List<String> dashed = HeadlineNames.namePairs("Trains return to Cray–Pellow line", true);
        assertTrue(dashed.containsAll(List.of("cray", "pellow")), dashed.toString());
        assertFalse(dashed.contains("#cray pellow"));
        assertTrue(HeadlineNames.namePairs("Actress Ava Lindgren-Moss speaks", true)
                .contains("#lindgren moss"));
        assertEquals(
                IT,
                resolve(
                        "Rail line between Cray and Pellow to reopen after 60 years",
                        "The railway between Cray and Pellow, closed in 1965, will reopen to passengers in May.",
                        "Rail line to Cray–Pellow to reopen after 60 years"));
    }

    @Test
    void aHyphenBetweenTwoNamesNoEntryHoldsJoinedJoinsTwoNames() {
        assertEquals(
                IT,
                resolve(
                        "Ferry between Skellan and Mordby Head cancelled for winter",
                        "The ferry linking Skellan and Mordby Head will not sail from November to March.",
                        "Skellan-Mordby Head ferry cancelled for winter"));
        assertEquals(
                Optional.empty(),
                resolve(
                        "Ferry between Skellan and Mordby Head cancelled for winter",
                        "The ferry linking Skellan and Mordby Head will not sail from November to March.",
                        "Skellan-Garvie ferry cancelled for winter"),
                "both names are still required");
        assertEquals("Skellan\u2013Mordby ferry", HeadlineNames.hyphenedNamesApart("Skellan-Mordby ferry"));
        assertEquals(null, HeadlineNames.hyphenedNamesApart("A well-known Skellan ferry"));
    }

    @Test
    void inTitleCaseTheLibraryTellsWhichWordsAreNames() {
        String headline = "Coldharbour Media buys publisher Tarvin Books";
        String lede =
                "The owner of the Evening Courier has bought the publisher Tarvin Books for £12m, Coldharbour Media said.";
        assertEquals(IT, resolve(headline, lede, "Coldharbour Media Buys Publisher Tarvin Books"));
        assertEquals(
                Optional.empty(),
                resolve(headline, lede, "Coldharbour Media Buys Publisher Wrenfield Books"),
                "a word no entry and no dictionary holds names another story");
        assertEquals(
                IT,
                resolve(headline, lede, "Coldharbour Media Buys Our Publisher Tarvin Books"),
                "a pronoun is no name");
        assertEquals(
                List.of("#=tarvin", "#=press", "#=media", "#=tarvin", "#=press"),
                HeadlineNames.namesInside("The publisher Tarvin Press. Coldharbour Media bought it from Tarvin Press"),
                "a word opening a sentence is written capitalised whatever it is");
        assertEquals(List.of(), HeadlineNames.namesInside("Publisher Tarvin Press Bought By Coldharbour Media"));
        assertEquals(
                List.of(),
                HeadlineNames.namesInside("Sold: \"Paper Kites\" and more"),
                "a quotation or a sentence opens");
    }

    @Test
    void aLineInLowerCaseReadsItsNamesFromTheLibraryToo() {
        String headline = "Coldharbour Media buys publisher Tarvin Books";
        String lede =
                "The owner of the Evening Courier has bought the publisher Tarvin Books for £12m, Coldharbour Media said.";
        assertEquals(IT, resolve(headline, lede, "coldharbour media buys publisher tarvin books"));
        assertEquals(Optional.empty(), resolve(headline, lede, "coldharbour media buys publisher wrenfield books"));
        assertTrue(HeadlineNames.caseSaysNothing("'we lost everything': skellan ferry crew"));
        assertFalse(HeadlineNames.caseSaysNothing("2,000 homes without power"), "a line opening with a count");
        assertFalse(HeadlineNames.caseSaysNothing("iPhone maker Halvern Labs cuts jobs"));
    }

    @Test
    void inTitleCaseANameTheLibraryWritesIsRequired() {
        HeadlineMatcher matcher = new HeadlineMatcher();
        List<String> lune = List.of(
                "Roads closed in the Lune valley after floods",
                "New bridge planned over the River Lune",
                "Farmers in the Lune valley count the cost of the storm",
                "Walkers rescued from fells above the Lune");
        for (int i = 0; i < lune.size(); i++) {
            matcher.add(i, lune.get(i), lune.get(i) + ", the council said.");
        }
        matcher.add(
                lune.size(),
                "Coldharbour Media buys publisher Tarvin Books",
                "Coldharbour Media has bought the publisher Tarvin Books for £12m.");
        int limit = lune.size() + 1;
        assertEquals(Optional.of(lune.size()), matcher.resolve("Coldharbour Media Buys Publisher Tarvin Books", limit));
        // "Lune" is common in this library, so it weighs little; but the library writes it as a name, so a
        // title-case line naming it must be about a story that holds it.
        assertEquals(Optional.empty(), matcher.resolve("Lune Media Buys Publisher Tarvin Books", limit));
    }

    @Test
    void aPronounOpeningTheLineIsNoName() {
        assertEquals(List.of(), HeadlineNames.unknownOpeningName("'We lost everything': Skellan ferry crew"));
        assertEquals(List.of(), HeadlineNames.unknownOpeningName("My winter on the Skellan ferry"));
        assertEquals(
                IT,
                resolve(
                        "Ferry between Skellan and Mordby Head cancelled for winter",
                        "The ferry linking Skellan and Mordby Head will not sail from November to March.",
                        "'We are stranded': Skellan ferry cancelled for winter"));
    }

    @Test
    void aQuotationsFirstWordIsNoName() {
        assertFalse(HeadlineNames.namePairs("Callum Moss on the divorce: \"We grew apart\"", true)
                .contains("we"));
        assertTrue(HeadlineNames.namePairs("Callum Moss on the divorce with Ava", true)
                .contains("ava"));
    }

    @Test
    void aContractionOpeningTheLineIsNoName() {
        assertEquals(List.of(), HeadlineNames.unknownOpeningName("\"I'm not giving up my shifts\": porter"));
        assertEquals(List.of(), HeadlineNames.unknownOpeningName("Don't close Halvern library, say readers"));
        assertEquals(List.of("trewarn"), HeadlineNames.unknownOpeningName("Trewarne approves sea wall"));
    }

    @Test
    void decadesAndCenturiesAreYears() {
        assertEquals(HeadlineTerms.terms("after 40 years"), HeadlineTerms.terms("after four decades"));
        assertEquals(HeadlineTerms.terms("200 years"), HeadlineTerms.terms("two centuries"));
    }

    @Test
    void twiceIsTwo() {
        assertEquals(HeadlineTerms.terms("scores 2"), HeadlineTerms.terms("scores twice"));
    }

    @Test
    void oneAloneIsAWordNotACount() {
        assertEquals(List.of("14", "million", "one", "weekend"), HeadlineTerms.terms("£14m in one weekend"));
        assertEquals(List.of("1", "million"), HeadlineTerms.terms("£1m"));
        assertEquals(List.of("21", "year"), HeadlineTerms.terms("twenty one years"));
        assertTrue(HeadlineNames.required("Porter wins £1m", HeadlineTerms.terms("Porter wins £1m"))
                .contains("1"));
    }

    @Test
    void percentIsOneWordHoweverWritten() {
        assertEquals(HeadlineTerms.terms("rents up 12 percent"), HeadlineTerms.terms("rents up 12%"));
        assertEquals(HeadlineTerms.terms("rents up 12 percent"), HeadlineTerms.terms("rents up twelve per cent"));
        assertEquals(HeadlineTerms.terms("rents up 12 percent"), HeadlineTerms.terms("rents up 12 %"));
    }

    @Test
    void aQuotationSetOffByAColonIsTheSpeakersWords() {
        String headline = "Portmere harbour pilot Jonas Vell retires after 40 years";
        String lede =
                "Jonas Vell, who guided ships into Portmere harbour for 40 years, retired as its pilot on Friday.";
        assertEquals(
                IT,
                resolve(headline, lede, "\u201cThe tide was my clock\u201d: Jonas Vell on 40 years as Portmere pilot"));
        assertEquals(IT, resolve(headline, lede, "Jonas Vell on 40 years as Portmere pilot: 'The tide was my clock'"));
        assertEquals(
                java.util.Set.copyOf(HeadlineTerms.terms("tide my clock")),
                QuotedSpeech.onlyQuotedTerms("\"The tide was my clock\": Jonas Vell on 40 years as Portmere pilot"));
        // A quotation inside the line is no one's set-off speech, nor is a title without a colon.
        assertEquals(java.util.Set.of(), QuotedSpeech.onlyQuotedTerms("Jonas Vell reads 'The Tide Clock' in Portmere"));
        assertEquals(java.util.Set.of(), QuotedSpeech.onlyQuotedTerms("'Keepers of Ash' tops box office"));
    }

    @Test
    void aLabelBeforeAColonSaysWhatKindOfPageItIs() {
        assertEquals(IT, resolvePortmere("Opinion: Portmere harbour closure to large ships"));
        assertEquals(IT, resolvePortmere("In pictures: Portmere harbour closes to large ships"));
        assertEquals(java.util.Set.of("opinion"), PageLabel.terms("Opinion: Portmere harbour closure"));
        assertEquals(java.util.Set.of(), PageLabel.terms("Portmere harbour closure: what it means"));
    }

    @Test
    void aSourcesNameAfterTheLineIsNoPartOfIt() {
        assertEquals(IT, resolvePortmere("Portmere harbour to close to large ships - Coastline Weekly"));
        assertEquals(IT, resolvePortmere("Portmere harbour closes to big ships | Harbour Radio News"));
        assertEquals("Portmere harbour closes", LineForms.withoutSource("Portmere harbour closes — Coastline Weekly"));
        assertEquals(
                null, LineForms.withoutSource("Portmere harbour - a history"), "a headline of three words or more");
        assertEquals(
                null, LineForms.withoutSource("Portmere harbour closes to ships - and what it means for the town"));
    }

    @Test
    void anAttributionClosingTheLineIsItsSource() {
        assertEquals(
                "Portmere harbour to close in March",
                LineForms.withoutAttribution("Portmere harbour to close in March, Coastline Weekly reports"));
        assertEquals(
                "Portmere harbour to close in March",
                LineForms.withoutAttribution("Portmere harbour to close in March, reports the Coastline Weekly"));
        assertEquals(
                List.of("Portmere harbour to close in March"),
                LineForms.of("Portmere harbour to close in March, local paper reports", word -> false));
        // Who says something is often the story's own person ("…, says Mayor Quint"), and a short line keeps its words.
        assertEquals(null, LineForms.withoutAttribution("Portmere harbour to close, says Mayor Quint"));
        assertEquals(null, LineForms.withoutAttribution("Harbour closes, Gazette reports"));
        assertEquals(null, LineForms.withoutAttribution("Gazette reports harbour closure"));
    }

    @Test
    void aSayingClosingTheLineIsTakenOffOnlyAtTheLastTry() {
        assertEquals(
                List.of("Portmere harbour to close in March, says Mayor Quint", "Portmere harbour to close in March"),
                LineForms.of("Portmere harbour to close in March, says Mayor Quint", word -> false));
        assertEquals(
                "Portmere harbour to close in March",
                LineForms.withoutSaying("Portmere harbour to close in March, Coastline Weekly says"));
        assertEquals(
                "Portmere harbour to close in March",
                LineForms.withoutSaying("Portmere harbour to close in March, per the Coastline Weekly"));
        assertEquals(
                "Portmere harbour to close in March",
                LineForms.withoutSaying("Portmere harbour to close in March, according to local paper"));
        assertEquals(null, LineForms.withoutSaying("Harbour closes, says Quint"));
        assertEquals(null, LineForms.withoutSaying("Mayor says Portmere harbour to close in March"));

        HeadlineMatcher matcher = HeadlineMatcherLexiconTest.library(
                "Dana Quell will be absent from this year's Halvern Awards",
                "Dana Quell will be absent from this year's Halvern Awards, the Larkfield Post reports.");
        // The morning show's words are none of the article's: as written the line cannot be its.
        assertEquals(
                Optional.of(HeadlineMatcherLexiconTest.OTHERS.size()),
                matcher.resolve(
                        "Dana Quell absent from Halvern Awards, says breakfast show host",
                        HeadlineMatcherLexiconTest.OTHERS.size() + 1));
    }

    @Test
    void aNoteInBracketsAfterTheLineIsNoPartOfItUnlessItNamesSomething() {
        assertEquals(IT, resolvePortmere("Portmere harbour to close to large ships (PHOTOS)"));
        assertEquals(IT, resolvePortmere("Portmere harbour closes to big ships [Video] - Coastline Weekly"));
        assertEquals(Optional.empty(), resolvePortmere("Portmere harbour to close to large ships (2019)"));
        assertEquals(
                "Portmere harbour closes", LineForms.withoutNote("Portmere harbour closes (with video)", word -> true));
        assertEquals(null, LineForms.withoutNote("Portmere harbour closes (Ostwick)", word -> false), "a name stays");
        assertEquals(
                null, LineForms.withoutNote("Harbour closes (photos)", word -> true), "three words or more before");
    }

    @Test
    void aLabelOfAPagesOwnWordsIsNoPartOfTheLine() {
        assertEquals(IT, resolvePortmere("Read more: Portmere harbour to close to large ships"));
        assertEquals(IT, resolvePortmere("RELATED: Analysis: Portmere harbour closes to big ships"));
        assertEquals(
                "harbour closes to ships", LineForms.withoutLabel("Photos: harbour closes to ships", word -> true));
        assertEquals(null, LineForms.withoutLabel("Ostwick: harbour closes to ships", word -> false), "a name stays");
        assertEquals(
                null, LineForms.withoutLabel("Analysis: harbour closes", word -> true), "three words or more after");
    }

    @Test
    void aWireLabelIsAVersionOfTheStoryNotPartOfIt() {
        assertEquals(IT, resolvePortmere("UPDATE 3-Portmere harbour to close to large ships from May"));
        assertEquals(IT, resolvePortmere("WRAPUP 1-Portmere harbour to close to large ships"));
        assertEquals("Portmere harbour", LineForms.withoutWireLabel("UPDATE 12-Portmere harbour"));
        assertEquals("Anglo-Dutch firm", LineForms.withoutWireLabel("Anglo-Dutch firm"));
        assertEquals("NATO-Russia talks", LineForms.withoutWireLabel("NATO-Russia talks"));
        assertEquals("NHS-run clinic", LineForms.withoutWireLabel("NHS-run clinic"), "an acronym joined to a word");
    }

    @Test
    void aCountAfterItsNounFindsTheArticleWritingTheOrdinal() {
        // "season four" is the fourth season: a place in a sequence is written either way.
        String headline = "Saltmarsh Tales returns for a fourth season with Ines Okafor in the lead";
        assertEquals(IT, resolve(headline, headline + ".", "Saltmarsh Tales back for season four, led by Ines Okafor"));
        assertEquals(IT, resolve(headline, headline + ".", "Ines Okafor to lead Saltmarsh Tales season 4"));
        // Another count still disagrees, and the article's count does not stand for an ordinal it lacks.
        assertEquals(
                Optional.empty(),
                resolve(headline, headline + ".", "Saltmarsh Tales back for season five, led by Ines Okafor"));
        assertEquals(
                Optional.empty(),
                resolve(
                        "Saltmarsh Tales ends after four seasons with Ines Okafor in the lead",
                        "Saltmarsh Tales ends after four seasons.",
                        "Ines Okafor leads Saltmarsh Tales into its fourth season"));
        assertEquals(List.of("4", "12"), HeadlineTerms.countsOfOrdinals(List.of("season", "4th", "12th", "2026")));
    }

    @Test
    void anOrdinalWrittenAsANameCountsNothing() {
        // "Second Chances" is a show's name, not a second anything: "after two seasons" is another count.
        String headline = "Stella Rossi revealed the end of Second Chances after 12 seasons";
        assertEquals(
                Optional.empty(),
                resolve(headline, headline + ".", "Stella Rossi reveals end of Second Chances after two seasons"));
        assertEquals(
                IT, resolve(headline, headline + ".", "Stella Rossi reveals end of Second Chances after 12 seasons"));
        assertEquals(List.of(), HeadlineTerms.countsOfOrdinals(HeadlineMatcher.termsOfArticle(headline, headline)));
        assertEquals(
                List.of("2"),
                HeadlineTerms.countsOfOrdinals(
                        HeadlineMatcher.termsOfArticle("Ada Moss back for a second season", "")));
    }

    @Test
    void aCountGivenToAnotherThingIsAnotherStory() {
        // The article holds 11, but counts its seasons 8: "after 11 seasons" is another show's end.
        String headline = "Michael Thornton celebrated the end of Blue Meridian after 8 seasons after 11 years";
        String lede = headline + ".";
        assertEquals(
                Optional.empty(),
                resolve(headline, lede, "Michael Thornton celebrates end of Blue Meridian after 11 seasons"));
        assertEquals(IT, resolve(headline, lede, "Michael Thornton celebrates Blue Meridian's end after 8 seasons"));
        assertEquals(IT, resolve(headline, lede, "Michael Thornton celebrates end of Blue Meridian after 11 years"));
        // A count the article gives nothing else is no disagreement: the victim "Callum Restarick, 19" is the line's
        // "19-year-old", though the article counts a 17-year-old's years.
        assertFalse(Quantities.of("Dunhollow murder charge after 19-year-old dies")
                .disagreeWith(
                        Quantities.of("A 17-year-old boy has been charged with the murder of Callum Restarick, 19,"
                                + " who was stabbed in Greaves Park.")));
        // A number in a name counts nothing ("Nova 7 phones"), nor does one split off by a comma inside "11,000".
        assertFalse(Quantities.of("Tallis Nova 7 recall: 400k phones over fire risk")
                .disagreeWith(Quantities.of(
                        "Tallis recalls 400,000 handsets. It is recalling 400,000 of its Tallis Nova 7 phones.")));
        assertTrue(Quantities.of("Halvorsen recalls 11,000 vans")
                .disagreeWith(Quantities.of("Halvorsen recalled 9,000 vans over 11,000 miles")));
    }

    @Test
    void aCountInThePluralIsACount() {
        // An age group or a decade: "over-65s" is no rewrite of "under-25s".
        String headline = "City of Harwick to make buses free for under-25s";
        assertEquals(
                Optional.empty(), resolve(headline, headline + ".", "City of Harwick to make buses free for over-65s"));
        assertEquals(IT, resolve(headline, headline + ".", "Harwick buses to be free for under-25s"));
        assertEquals(List.of("65", "60", "1990"), HeadlineTerms.terms("over-65s in the 60s and 1990s"));
    }

    @Test
    void aParticleOfAVerbPhraseMeansNoDirection() {
        // "back" of "looks back" (WordNet's "look back", to remember) is no opposite of the lede's "ahead of": the
        // line is weighed like any other, not ruled out.
        String headline = "Anouk Verhey reflected on a surprise collaboration with Tamsin Orde ahead of the Emmys";
        HeadlineMatcher matcher = HeadlineMatcherLexiconTest.library(headline, headline + ".");
        assertEquals(
                IT,
                matcher.rank("Anouk Verhey looks back on surprise collaboration with Tamsin Orde", OTHERS.size() + 1)
                        .map(HeadlineMatcher.Match::position));
    }
}
