// Over 300 lines, not split: each case is one way WordNet may and may not tie a line's word to its article's, on
// one shared library of other stories; read side by side they show where each tie stops.
package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The matcher's general rules beyond word weights: WordNet synonyms give credit and antonyms block,
 * a verb the article does not explain counts against it (unless a word one step up or down WordNet's
 * hierarchy explains it, or it is a verb of feeling or perceiving), ordinals are counts a rewrite keeps, an opening word no dictionary knows is a
 * name, and a related headline that reports what an article's headline denies is another story.
 */
class HeadlineMatcherLexiconTest {

    /** Stories of their own around the one under test, so word weights are those of a library. */
    static final List<String> OTHERS = List.of(
            "Council approves new parking charges in the town centre",
            "Heatwave warning issued for the south coast",
            "Rail strike called off after late talks",
            "School league tables show gap between regions",
            "Film festival announces its opening night",
            "Hospital waiting lists grow for third month",
            "Museum opens new gallery of maritime art",
            "Football club appoints new manager");

    static HeadlineMatcher library(String headline, String lede) {
        HeadlineMatcher matcher = new HeadlineMatcher();
        for (int i = 0; i < OTHERS.size(); i++) {
            matcher.add(i, OTHERS.get(i), OTHERS.get(i) + ", officials said on Monday.");
        }
        matcher.add(OTHERS.size(), headline, lede);
        return matcher;
    }

    private static Optional<Integer> resolve(HeadlineMatcher matcher, String headline) {
        return matcher.resolve(headline, OTHERS.size() + 1);
    }

    @Test
    void aSynonymCounts() {
        HeadlineMatcher matcher = library(
                "Harbour board to close ferry terminal",
                "The harbour board will close the ferry terminal in March after passenger numbers fell.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Harbour board to shut ferry terminal"));
    }

    @Test
    void anAntonymBlocks() {
        HeadlineMatcher matcher = library(
                "Harbour board to close Penhallow ferry terminal",
                "The harbour board will close the Penhallow ferry terminal in March after passenger numbers fell.");
        assertEquals(Optional.empty(), resolve(matcher, "Harbour board to open Penhallow ferry terminal in March"));
    }

    @Test
    void anotherPhysicalKindOfTheSameSortIsAnotherStory() {
        // WordNet files copper and tin, each in its commonest sense, side by side under the metallic elements; years
        // and time are abstractions, where a rewrite picks a looser word for the same thing.
        assertTrue(WordNet.otherKinds("copper").words().contains("tin"), "both metallic elements");
        assertTrue(WordNet.otherKinds("years").words().isEmpty(), "no physical kind");
        HeadlineMatcher matcher = library(
                "Brenmoor tin mine to reopen after 30 years",
                "The tin mine at Brenmoor will reopen next spring, 30 years after its last shift, its new owners said.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Brenmoor mine to reopen 30 years on"));
        assertEquals(Optional.empty(), resolve(matcher, "Brenmoor copper mine to reopen after 30 years"));
    }

    @Test
    void aVerbPhraseTheArticleTellsInOtherWordsWeighsAsOneWord() {
        HeadlineMatcher matcher = library(
                "Orla Venn returned to her first nomination in 2016",
                "Orla Venn returned to her first nomination in 2016 in a radio interview.");
        // "goes back" is one event, and WordNet ties the phrase to "returned": its "back" is no second word the
        // article lacks.
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Orla Venn goes back to her 2016 first nomination"));
        // "turns" alone may "direct", but "turns down" says nothing the article does.
        HeadlineMatcher directing = library(
                "Orla Venn to direct Larkfield sequel",
                "Orla Venn has signed to direct the sequel to Larkfield, the studio confirmed.");
        assertEquals(Optional.empty(), resolve(directing, "Orla Venn turns down Larkfield sequel"));
    }

    @Test
    void aVerbWhoseDefinitionTheArticlesVerbHeadsTellsTheSameEvent() {
        // WordNet defines the commonest sense of "hail" as "praise vociferously", though its pointer puts it under
        // "applaud": the definition's head is a broader verb all the same.
        assertTrue(WordNet.neighbours("hails").words().contains("praise"), "praise vociferously");
        HeadlineMatcher matcher = library(
                "Ines Calder praised the future of Harrow Lane",
                "Ines Calder praised the future of Harrow Lane during a podcast interview.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Ines Calder hails the future of Harrow Lane"));
        // Only the commonest sense's: "stop or halt" is a rarer sense of "delay", and the article's "stopped" tells
        // something else.
        assertFalse(WordNet.neighbours("delays").words().contains("stop"), "a rarer sense's head");
        HeadlineMatcher album = library(
                "Ines Calder releases surprise album Kestrel",
                "Singer Ines Calder released her third album, Kestrel, without warning, a year after saying she had"
                        + " stopped making music.");
        assertEquals(Optional.empty(), resolve(album, "Ines Calder delays album Kestrel"));
    }

    @Test
    void aSupportVerbBeforeTheArticlesVerbAsANounAddsNoEvent() {
        // WordNet defines "hint" as "drop a hint": "drops hints about" says what "hinted at" says.
        assertEquals("drop", WordNet.definitionHead("hinted"));
        HeadlineMatcher matcher = library(
                "Ines Calder hinted at her first nomination in 2016",
                "Ines Calder hinted at her first nomination in 2016 in a radio interview.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Ines Calder drops hint about 2016 nomination"));
    }

    @Test
    void aVerbDefinedAsNotAttendingSaysWhatAbsentSays() {
        HeadlineMatcher matcher = library(
                "Noor Hale will be absent from this year's Lakeside Festival",
                "Noor Hale will be absent from this year's Lakeside Festival, a radio programme reports.");
        // "skip" is "intentionally fail to attend", "attend" and "go to" are "be present at": not so, absent.
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Noor Hale skips Lakeside Festival this year"));
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Noor Hale won't attend Lakeside Festival"));
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Noor Hale not going to Lakeside Festival"));
        // Attending it says the opposite; hosting it says another thing.
        assertEquals(Optional.empty(), matcher.rank("Noor Hale to attend Lakeside Festival", OTHERS.size() + 1));
        assertEquals(Optional.empty(), resolve(matcher, "Noor Hale to host Lakeside Festival"));
    }

    @Test
    void aVerbLeavingWhatTheArticleSaysItsPersonIsAbsentFromTellsTheAbsence() {
        HeadlineMatcher matcher = library(
                "Noor Hale will be absent from this year's Lakeside Festival",
                "Noor Hale will be absent from this year's Lakeside Festival, a radio programme reports.");
        // "Out of" and "away from" take the festival as what is left, as "absent from" does; the adverbs go with the
        // verb.
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Noor Hale pulls out of Lakeside Festival"));
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Noor Hale to stay away from Lakeside Festival"));
        // The same state in other words, as a definition's: a synonym's credit carries even a short line.
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Hale bows out of Lakeside"));
        // Not going to it is being away from it; not pulling out of it is going.
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Hale won't turn up to Lakeside"));
        assertEquals(Optional.empty(), resolve(matcher, "Hale won't pull out of Lakeside"));
        // A passive is what was done to her, not her leaving; a place to play at is no source.
        assertEquals(Optional.empty(), resolve(matcher, "Noor Hale banned from Lakeside Festival"));
        assertEquals(Optional.empty(), resolve(matcher, "Noor Hale headlines at Lakeside Festival"));
    }

    @Test
    void giveBeforeAnObjectAndTheNounOfAVerbTellsWhatTheNounDoes() {
        HeadlineMatcher matcher = library(
                "Noor Hale will be absent from this year's Lakeside Festival",
                "Noor Hale will be absent from this year's Lakeside Festival, a radio programme reports.");
        // "Gives it a miss" is "misses it", and "miss" is "be absent"; a boost is another event.
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Hale gives Lakeside a miss"));
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Noor Hale gives the festival a miss"));
        assertEquals(Optional.empty(), resolve(matcher, "Noor Hale gives the festival a boost"));
    }

    @Test
    void aVerbLeavingAThingCountsOnlyAgainstAStateOfBeingAwayFromIt() {
        HeadlineMatcher matcher = library(
                "Noor Hale recalled her exit from Harbour Lights",
                "Noor Hale recalled her exit from Harbour Lights in a rare interview.");
        // "Exit from" is an event the article recalls, not a state of being away: walking out is another story.
        assertEquals(Optional.empty(), resolve(matcher, "Noor Hale storms out of Harbour Lights"));
    }

    @Test
    void aNamedPersonLeavingANamedThingTheArticleTellsNoLeavingOfIsAnotherStory() {
        HeadlineMatcher matcher = library(
                "Harbour Lights returns for a third season with Noor Hale in the lead",
                "Harbour Lights returns for a third season with Noor Hale in the lead and Ada Voss joining the cast.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Noor Hale leads third season of Harbour Lights"));
        // Her leaving is the line's own event; the article has her in the lead.
        assertEquals(Optional.empty(), resolve(matcher, "Noor Hale exits Harbour Lights ahead of third season"));
        assertEquals(Optional.empty(), resolve(matcher, "Noor Hale leaves Harbour Lights before third season"));
    }

    @Test
    void leavingIsAnotherStoryOnlyWhereTheArticleTellsNone() {
        // Where the article tells of the leaving in any form, the line's verb is the same event in other words.
        HeadlineMatcher told = library(
                "Noor Hale walked away from Harbour Lights",
                "Noor Hale walked away from Harbour Lights after three seasons.");
        assertEquals(Optional.of(OTHERS.size()), ranked(told, "Noor Hale exits Harbour Lights after three seasons"));
        // So does naming the thing as where the person came from, without a verb of leaving.
        HeadlineMatcher signed = library(
                "Rivermouth complete Marcus Vale deal",
                "Rivermouth completed the signing of Marcus Vale from Harbour Athletic on Friday.");
        assertEquals(Optional.of(OTHERS.size()), ranked(signed, "Marcus Vale exits Harbour Athletic for Rivermouth"));
        // Only a name right before the verb leaves: "won't leave" says she stays, and an unnamed subject's "leaves" is
        // a
        // result, not a departure.
        HeadlineMatcher kept = library(
                "Harbour Lights returns for a third season with Noor Hale in the lead",
                "Harbour Lights returns for a third season with Noor Hale in the lead.");
        assertEquals(
                Optional.of(OTHERS.size()), ranked(kept, "Noor Hale won't leave Harbour Lights before third season"));
        HeadlineMatcher frost = library(
                "Late frost cuts Penhallow apple harvest to smallest in 40 years",
                "A late frost cut the Penhallow apple harvest to its smallest in 40 years, growers said.");
        assertEquals(
                Optional.of(OTHERS.size()),
                resolve(frost, "Late frost leaves Penhallow with smallest apple harvest in 40 years"));
    }

    @Test
    void aVerbOfSayingTheThesaurusTiesToTheArticlesTellsWhatWasSaid() {
        HeadlineMatcher matcher = library(
                "Noor Hale hinted at her exit from Harbour Lights",
                "Noor Hale hinted at her exit from Harbour Lights in a rare interview.");
        // "Signal" and "hint" list each other in the thesaurus, and both are first verbs of saying in WordNet.
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Noor Hale signals Harbour Lights exit"));
    }

    @Test
    void aThesaurusTieCountsOnlyBetweenVerbsOfSaying() {
        HeadlineMatcher matcher = library(
                "Noor Hale opened up about her exit from Harbour Lights ahead of the Lakeside Festival",
                "Noor Hale opened up about her exit from Harbour Lights ahead of the Lakeside Festival.");
        // The thesaurus lists "headline" and "open" (a show opens a festival), but "open" is first a verb of moving
        // a door or lid, so headlining the festival is another event.
        assertEquals(Optional.empty(), resolve(matcher, "Noor Hale to headline the Lakeside Festival"));
    }

    @Test
    void aVerbOfSeeingUsedForThinkingTiesThroughTheThesaurus() {
        HeadlineMatcher matcher = library(
                "Noor Hale reflected on her exit from Harbour Lights",
                "Noor Hale reflected on her exit from Harbour Lights in a rare interview.");
        // WordNet files "look back" and "reflect" first as the eyes' and next as the mind's; the thesaurus lists each
        // under the other, so looking back on the exit is reflecting on it.
        assertEquals(
                Optional.of(OTHERS.size()),
                resolve(matcher, "Noor Hale looks back on her Harbour Lights exit in rare interview"));
    }

    @Test
    void aTiedPhraseIsNotReadWithoutItsParticle() {
        // The thesaurus ties "face" to "call out"; read without its "out", that phrase would be the "call" of an
        // article's "called up" and explain a line's "faces": facing the squad is playing against it, another story.
        assertTrue(SayingVerbs.tiedTo("face").contains("call out"));
        assertFalse(WordNet.sayings("face").words().contains("call out"));
        HeadlineMatcher matcher = library(
                "Noor Hale called up to the Harbour squad",
                "Noor Hale has been called up to the Harbour squad for the first time.");
        assertEquals(Optional.empty(), resolve(matcher, "Noor Hale faces the Harbour squad"));
    }

    @Test
    void twoNamesAsOneSubjectTellOfWhatTheyDidTogether() {
        HeadlineMatcher matcher = library(
                "Noor Hale celebrated a long-running feud with Ines Vale",
                "Noor Hale celebrated a long-running feud with Ines Vale in a rare interview.");
        // WordNet lists "run out" one step below "end", which the matcher reads as the "run" of "long-running": loose
        // enough for one person's words, but the two ending their feud together is another event than her words on it.
        assertEquals(Optional.empty(), resolve(matcher, "Noor Hale and Ines Vale end their feud"));
        assertEquals(
                Optional.of(OTHERS.size()), resolve(matcher, "Noor Hale relishes long-running feud with Ines Vale"));
        assertEquals(
                Optional.of(OTHERS.size()), resolve(matcher, "Noor Hale and Ines Vale celebrate long-running feud"));
    }

    @Test
    void talkTheArticlesVerbAnswersIsTheArticlesOwnStory() {
        HeadlineMatcher matcher = library(
                "Noor Hale denied her exit from Harbour Lights",
                "Noor Hale denied her exit from Harbour Lights in a rare interview.");
        // Claims are what a denial answers: WordNet files "claim" below "message", a thing said, so denying the claims
        // of an exit is the article's denying the exit. A theory is a thing thought, and earns nothing so.
        assertTrue(TalkNouns.names("Claims") && !TalkNouns.names("theory"));
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Noor Hale denies Harbour Lights exit claims"));
        assertTrue(score(matcher, "Noor Hale denies Harbour Lights exit claims")
                > score(matcher, "Noor Hale denies Harbour Lights exit theory"));
        // Only the talk the line's verb answers, and only where the article tells that verb: stoking the claims is
        // another event.
        assertEquals(Optional.empty(), resolve(matcher, "Noor Hale stokes Harbour Lights exit claims"));
    }

    @Test
    void twoWordsWordNetListsAsOneNounAreReadAsThatNoun() {
        HeadlineMatcher matcher = library(
                "Noor Hale reflected on growing up in the spotlight",
                "Noor Hale reflected on growing up in the spotlight in a rare interview.");
        // WordNet lists "public eye" as one noun, a synonym of "spotlight": neither "public" nor "eye" says it alone.
        assertEquals("public eye", WordNet.nounCompound("public", "eye"));
        assertEquals("red carpet", WordNet.nounCompound("red", "carpets"), "the second word in its base form");
        assertEquals(
                Optional.of(OTHERS.size()), resolve(matcher, "Noor Hale reflects on growing up in the public eye"));
        assertTrue(score(matcher, "Noor Hale reflects on growing up in the public eye")
                > score(matcher, "Noor Hale reflects on growing up in the public gaze"));
    }

    @Test
    void anAbstractNounOneStepFromTheArticlesTellsTheSameThing() {
        HeadlineMatcher matcher = library(
                "Noor Hale praised the end of Harbour Lights after six seasons",
                "Noor Hale praised the end of Harbour Lights after six seasons in a rare interview.");
        // A finale is an end, one step down WordNet's hierarchy from it: the same thing in a narrower word, which earns
        // part of its weight where a word as rare that the article explains in no way ("theory") earns none.
        assertTrue(score(matcher, "Noor Hale praises Harbour Lights finale")
                > score(matcher, "Noor Hale praises Harbour Lights theory"));
    }

    @Test
    void anAbstractNounTheArticlesNounDefinesTellsTheSameThing() {
        HeadlineMatcher matcher = library(
                "Noor Hale reflected on her time on the popular series Harbour Lights",
                "Noor Hale reflected on her time on the popular series Harbour Lights in a rare interview.");
        // WordNet defines "days" as "the time during which someone's life continues": the kind of thing the definition
        // names first is the article's "time", the same thing told more narrowly.
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Noor Hale reflects on her Harbour Lights days"));
        assertTrue(score(matcher, "Noor Hale reflects on her Harbour Lights days")
                > score(matcher, "Noor Hale reflects on her Harbour Lights theory"));
    }

    @Test
    void anAbstractNounTheThesaurusTiesToTheArticlesTellsTheSameThing() {
        HeadlineMatcher matcher = library(
                "Noor Hale reflected on her time on the popular series Harbour Lights",
                "Noor Hale reflected on her time on the popular series Harbour Lights in a rare interview.");
        // The thesaurus lists "stint" and "time" each under the other, and WordNet files both first as abstract things:
        // the same thing in the word a writer reaches for instead.
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Noor Hale reflects on her Harbour Lights stint"));
        assertTrue(score(matcher, "Noor Hale reflects on her Harbour Lights stint")
                > score(matcher, "Noor Hale reflects on her Harbour Lights theory"));
    }

    @Test
    void anAdjectiveCarriesTheThesaurusTiesOfItsNoun() {
        HeadlineMatcher matcher = library(
                "Noor Hale opened up about growing up in the spotlight",
                "Noor Hale opened up about growing up in the spotlight in a rare interview.");
        // WordNet derives "famous" from "fame", which the thesaurus and "spotlight" each list as near the other:
        // growing
        // up famous is growing up in the spotlight, where growing up "wealthy" is another life.
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Noor Hale opens up about growing up famous"));
        assertTrue(score(matcher, "Noor Hale opens up about growing up famous")
                > score(matcher, "Noor Hale opens up about growing up wealthy"));
    }

    @Test
    void aThesaurusNounTiedOnlyToTheLinesOwnWordExplainsNothing() {
        HeadlineMatcher matcher = library(
                "Lakeside council to close the promenade on summer weekends",
                "Lakeside council will close the promenade to cars on weekends from June to September.");
        // The thesaurus ties "winter" to "weekend" (both are times one spends somewhere), but the line's own "weekends"
        // already counted as itself: the winter is another season, and another story.
        assertEquals(Optional.empty(), resolve(matcher, "Lakeside council to close the promenade on winter weekends"));
    }

    @Test
    void aThesaurusNounIsNotReadInTheArticlesCompoundNoun() {
        HeadlineMatcher matcher = library(
                "Noor Hale will be absent from this year's Lakeside Festival",
                "Noor Hale will be absent from this year's Lakeside Festival, a morning talk show reports.");
        // The thesaurus ties "lesson" to "talk", but the article's talk is part of a "talk show", a noun WordNet lists
        // whole: reading a lesson at the festival is another story.
        assertEquals(Optional.empty(), resolve(matcher, "Noor Hale reads lesson at the Lakeside Festival"));
    }

    @Test
    void aWordStandingAsTheLinesVerbIsNoThesaurusNoun() {
        HeadlineMatcher matcher = library(
                "Tamsin Vellacott slammed rumours of a Harbour Lights reboot",
                "Tamsin Vellacott slammed rumours of a Harbour Lights reboot after five years.");
        // Right after the line's names "cast" is its verb (casting someone in the reboot), not the noun the thesaurus
        // ties to a "slam": being cast is another story.
        assertEquals(Optional.empty(), resolve(matcher, "Tamsin Vellacott cast in Harbour Lights reboot"));
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Tamsin Vellacott slams Harbour Lights reboot talk"));
    }

    @Test
    void aStoryPlacedAtAnEventTheArticleOnlyDatesByIsAnotherStory() {
        HeadlineMatcher matcher = library(
                "Noor Hale praised the inspiration behind 'Tidewater' ahead of the Lakeside Festival",
                "Noor Hale praised the inspiration behind 'Tidewater' ahead of the Lakeside Festival.");
        // The article's story happened before the festival; one at it is another, however many words agree: the article
        // is not ranked at all.
        assertEquals(Optional.empty(), ranked(matcher, "Noor Hale performs 'Tidewater' at the Lakeside Festival"));
        assertEquals(
                Optional.of(OTHERS.size()),
                resolve(matcher, "Noor Hale praises 'Tidewater' inspiration before the Lakeside Festival"));
    }

    @Test
    void onlyANounsCommonestSenseIsReadSo() {
        HeadlineMatcher matcher = library(
                "Noor Hale quit her job at Harbour Lights after six seasons",
                "Noor Hale quit her job at Harbour Lights after six seasons.");
        // A stint is first a period of time; as one's share of work it sits under "job", but that is not what the
        // word commonly means, so it earns nothing more than a word the article explains in no way.
        assertEquals(
                score(matcher, "Noor Hale quits her theory at Harbour Lights"),
                score(matcher, "Noor Hale quits her stint at Harbour Lights"),
                1e-9);
    }

    @Test
    void aPhysicalThingsNeighbourIsAnotherThing() {
        HeadlineMatcher matcher =
                library("Noor Hale sold her house in Harbour Lights", "Noor Hale sold her house in Harbour Lights.");
        // A cottage is a kind of house, but another building: a physical thing's neighbour earns nothing.
        assertEquals(
                score(matcher, "Noor Hale sells her violin in Harbour Lights"),
                score(matcher, "Noor Hale sells her cottage in Harbour Lights"),
                1e-9);
    }

    /** The best candidate, whatever its score: empty when every candidate is ruled out. */
    private static Optional<Integer> ranked(HeadlineMatcher matcher, String line) {
        return matcher.rank(line, OTHERS.size() + 1).map(HeadlineMatcher.Match::position);
    }

    private static double score(HeadlineMatcher matcher, String line) {
        return matcher.rank(line, OTHERS.size() + 1).orElseThrow().best();
    }

    @Test
    void getWithAnAdjectiveOfMannerSaysHowNotWhat() {
        HeadlineMatcher matcher = library(
                "Noor Hale opened up about her exit from Harbour Lights",
                "Noor Hale opened up about her exit from Harbour Lights in a rare interview.");
        // "gets candid about" is "candidly", and "gets" no event of its own.
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Noor Hale gets candid about Harbour Lights exit"));
        assertEquals(Optional.empty(), resolve(matcher, "Noor Hale gets role in Harbour Lights spin-off"));
    }

    @Test
    void goWithAnAdjectiveOfMannerSaysHowNotWhat() {
        HeadlineMatcher matcher = library(
                "Noor Hale revealed her relationship with co-star Ada Brook",
                "Noor Hale revealed her relationship with co-star Ada Brook during an interview.");
        // "goes public with" is "publicly", and "goes" no event of its own, as "gets" is.
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Noor Hale goes public with Ada Brook relationship"));
        assertEquals(Optional.empty(), resolve(matcher, "Noor Hale goes on tour with Ada Brook"));
    }

    @Test
    void aStateADefinitionSaysIsSaidOnlyAfterBe() {
        HeadlineMatcher matcher = library(
                "Noor Hale confirmed rumours of a Harbour Lights reboot ahead of the Lakeside Festival",
                "Noor Hale confirmed rumours of a Harbour Lights reboot ahead of the Lakeside Festival.");
        // "lead" is "be ahead of others"; "ahead of the festival" says when, not that anyone leads.
        assertEquals(Optional.empty(), resolve(matcher, "Noor Hale to lead Harbour Lights reboot"));
    }

    @Test
    void aWordThatCompletesANameAgreesOnTheThingNotOnTheStory() {
        HeadlineMatcher matcher = library(
                "Priya Venn praised rumours of a The Harrow Hour reboot",
                "Priya Venn praised rumours of a The Harrow Hour reboot during a podcast interview.");
        int limit = OTHERS.size() + 1;
        // "reboot" says which thing the show's name is; being cast in it is not what the article says of it.
        assertFalse(matcher.rank("Priya Venn cast in The Harrow Hour reboot", limit)
                .orElseThrow()
                .agrees());
        assertTrue(matcher.rank("Priya Venn praises The Harrow Hour reboot rumours", limit)
                .orElseThrow()
                .agrees());
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Priya Venn praises The Harrow Hour reboot rumours"));
    }

    @Test
    void anAdverbOfMannerSaysHowNotWhich() {
        assertTrue(WordNet.isMannerAdverb("frankly"), "frank, told so");
        assertTrue(WordNet.isMannerAdverb("happily"), "happy");
        assertTrue(WordNet.isMannerAdverb("gently"), "gentle");
        assertFalse(WordNet.isMannerAdverb("before"), "no adjective's adverb");
        assertFalse(WordNet.isMannerAdverb("early"), "an adjective too");
        assertFalse(WordNet.isMannerAdverb("reply"), "a verb");
        HeadlineMatcher matcher = library(
                "Orla Venn reflected on her exit from Larkfield",
                "Orla Venn reflected on her exit from Larkfield in a radio interview.");
        assertEquals(
                Optional.of(OTHERS.size()), resolve(matcher, "Orla Venn finally, frankly reflects on Larkfield exit"));
    }

    @Test
    void theOppositeOfAWordSharingASenseBlocks() {
        HeadlineMatcher matcher = library(
                "Penhallow school wins robotics final",
                "A team of pupils from Penhallow school won the robotics final in Mercia on Saturday.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Penhallow school wins robotics final in Mercia"));
        // "miss" shares a sense with "lose", which WordNet marks as the opposite of "win".
        assertEquals(Optional.empty(), resolve(matcher, "Penhallow school misses robotics final in Mercia"));
    }

    @Test
    void aVerbTheArticleDoesNotExplainCountsAgainstIt() {
        HeadlineMatcher matcher = library(
                "Rosa Vint named captain of Kelmore rowing club",
                "Rosa Vint has been named captain of Kelmore rowing club for the coming season, the club said.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Kelmore rowing club appoints Rosa Vint captain"));
        // Every other word is the article's; "drops" is another event, which nothing in the article explains.
        assertEquals(Optional.empty(), resolve(matcher, "Kelmore rowing club drops Rosa Vint"));
    }

    @Test
    void aLineSharingOnlyTheArticlesNamesTellsAnotherStory() {
        HeadlineMatcher matcher = library(
                "Network renews Silver Harbour Bay Rescue with Mara Quill in the lead",
                "The network renewed Silver Harbour Bay Rescue for a fourth season with Mara Quill in the lead.");
        // Every name is the article's, and they weigh enough (0.66) to pass the least score; the one other word,
        // "quits", is nothing the article says, so it is another story of the same people.
        assertEquals(Optional.empty(), resolve(matcher, "Mara Quill quits Silver Harbour Bay Rescue"));
        assertEquals(
                Optional.of(OTHERS.size()),
                resolve(matcher, "Silver Harbour Bay Rescue back for fourth season with Mara Quill"));
    }

    @Test
    void aSynonymOfTheLinesOwnNameExplainsNothing() {
        assertTrue(
                WordNet.of("signs").synonymTerms().stream().anyMatch(p -> p.equals(List.of("hous"))),
                "WordNet files \"sign\" and \"house\" together (the zodiac)");
        HeadlineMatcher matcher = library(
                "Mara Quill speaks about rumours of a Glass Houses reboot",
                "Mara Quill spoke about the rumours of a Glass Houses reboot in a long interview.");
        // "Houses" counted once as itself; as a synonym it would make "signs" the article's too.
        assertEquals(Optional.empty(), resolve(matcher, "Mara Quill signs up for Glass Houses reboot"));
    }

    @Test
    void aWordOneStepUpOrDownWordNetsHierarchyExplainsAVerb() {
        assertTrue(WordNet.neighbours("chooses").words().contains("elect"), "to elect is a way to choose");
        assertTrue(WordNet.of("chooses").verb());
        assertFalse(WordNet.of("museum").verb());
        HeadlineMatcher matcher = library(
                "Tarn Valley cyclists elect Ines Moro as chair",
                "Members of the Tarn Valley cycling club elected Ines Moro as their chair on Thursday.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Tarn Valley club chooses Ines Moro"));
    }

    @Test
    void aSynonymInAnotherPartOfSpeechExplainsNothing() {
        HeadlineMatcher matcher = library(
                "Harbour Lights returns for a second season with Dana Quell in the lead",
                "Harbour Lights returns for a second season with Dana Quell in the lead, the network said.");
        // "leaves" shares a verb sense with "lead" (produce as a result); the article's "lead" is a noun.
        assertEquals(Optional.empty(), resolve(matcher, "Dana Quell leaves Harbour Lights"));
        // "heads" shares "be in charge" with the verb "lead", whose noun is the article's.
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Dana Quell heads Harbour Lights"));
    }

    @Test
    void aVerbOneStepUpOrDownInAVerbSenseEarnsPartOfItsWeight() {
        assertTrue(WordNet.neighbours("revisits").words().contains("return"), "to revisit is a way to return");
        HeadlineMatcher matcher = library(
                "Orla Venn returns to Larkfield",
                "Orla Venn returned to Larkfield after ten years away, the company said.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Orla Venn revisits Larkfield"));
    }

    @Test
    void aNeighbourMadeOfTheLinesOwnNameExplainsNothing() {
        assertTrue(WordNet.neighbours("pulls").words().contains("hale"), "to hale is to pull");
        HeadlineMatcher matcher = library(
                "Wendy Hale will be absent from the Larkfield Fair",
                "Wendy Hale will be absent from this year's Larkfield Fair, the organisers said.");
        // The "Hale" of her name counted as itself: it says nothing of the line's "pulls", which WordNet does not tie
        // to "absent", so the line is found only as a word the library's other lines teach. ("Pulls out of" the fair
        // would leave what she is absent from: SourceRole.)
        assertEquals(Optional.empty(), resolve(matcher, "Wendy Hale pulls Larkfield Fair"));
    }

    @Test
    void aWordUsedWhereItCanBeNoVerbIsNoOtherEvent() {
        HeadlineMatcher matcher = library(
                "Orla Venn looks back on her Larkfield years",
                "Orla Venn looked back on her years with the Larkfield company in a radio interview.");
        // "stint" and "team" can be verbs, but not after "the" or joined to "up": each names a thing the article
        // lacks, not another thing that happened.
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Orla Venn looks back on the stint at Larkfield"));
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Orla Venn looks back on Larkfield team-up"));
        assertEquals(Optional.empty(), resolve(matcher, "Orla Venn stints at Larkfield"), "a verb: another event");
    }

    @Test
    void aVerbOfTheSameNarrowFamilyEarnsPartOfItsWeight() {
        // "reminisce" and "look back" are the two ways WordNet files under "remember" the past; "move" holds a
        // thousand.
        assertTrue(WordNet.neighbours("reminisces").words().contains("look back"), "both recall the past");
        assertFalse(WordNet.neighbours("rips").words().contains("slam"), "only a broad sense holds both");
        HeadlineMatcher matcher = library(
                "Orla Venn looks back on her Larkfield years",
                "Orla Venn looked back on her years with the Larkfield company in a radio interview.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Orla Venn reminisces about Larkfield years"));
    }

    @Test
    void aVerbOfFeelingTellsHowTheStoryWasTakenNotAnotherEvent() {
        assertTrue(MindVerbs.tells("Relishes"), "to relish is to feel");
        assertTrue(MindVerbs.tells("eyes"), "to eye is to perceive");
        assertFalse(MindVerbs.tells("directs"), "to direct is to do");
        assertFalse(MindVerbs.tells("rejects"), "WordNet files deciding among the verbs of thinking");
        assertFalse(MindVerbs.tells("signs"), "WordNet files signing among the verbs of saying");
        assertFalse(MindVerbs.tells("museum"), "no verb");
        HeadlineMatcher matcher = library(
                "Mara Quill praises the Glass Houses finale",
                "Mara Quill praised the Glass Houses finale in a long interview on Sunday.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Mara Quill relishes Glass Houses finale"));
        // A verb of doing the article does not tell is another event of the same people and show.
        assertEquals(Optional.empty(), resolve(matcher, "Mara Quill directs Glass Houses finale"));
    }

    @Test
    void aVerbOfThinkingWhoseNextSenseIsMentalTooTellsHowTheStoryIsThoughtOf() {
        assertTrue(MindVerbs.tells("remembers"), "to remember is to think");
        assertTrue(MindVerbs.tells("Relives"), "to relive is to think, WordNet's one sense");
        assertTrue(MindVerbs.tells("look back"), "a verb phrase of the mind");
        assertFalse(MindVerbs.tells("skips"), "first to bypass, next to jump: can be the event itself");
        HeadlineMatcher matcher = library(
                "Mara Quill opens up about her first Halvern nomination",
                "Mara Quill spoke about her first Halvern nomination in a long radio interview on Sunday.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Mara Quill relives her first Halvern nomination"));
        assertEquals(Optional.empty(), resolve(matcher, "Mara Quill returns her first Halvern nomination"));
    }

    @Test
    void aVerbOfSayingWordNetFilesBelowJudgingTellsHowTheStoryIsJudged() {
        assertTrue(MindVerbs.tells("acknowledges"), "WordNet files acknowledging below judging");
        assertTrue(MindVerbs.tells("hails"), "and praising");
        assertFalse(MindVerbs.tells("announces"), "a verb of saying that judges nothing");
        HeadlineMatcher matcher = library(
                "Mara Quill confirms the Halvern Regatta backlash",
                "Mara Quill confirmed the backlash over her appearance at the Halvern Regatta.");
        assertEquals(
                Optional.of(OTHERS.size()),
                resolve(matcher, "Mara Quill acknowledges Halvern Regatta appearance backlash"));
    }

    @Test
    void aPhraseOfSayingTheThesaurusListsUnderVerbsOfSayingIsOne() {
        assertTrue(SayingVerbs.tiedTo("speaks").contains("break silence"), "the thesaurus lists it under speak");
        HeadlineMatcher matcher = library(
                "Mara Quill ends her silence on the Halvern ferry",
                "Mara Quill broke the silence on the future of the Halvern ferry in a long radio interview.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Mara Quill finally speaks on Halvern ferry future"));
        HeadlineMatcher spoke = library(
                "Mara Quill speaks out about the Halvern ferry",
                "Mara Quill spoke out about the future of the Halvern ferry in a long radio interview.");
        // The line's two words are the phrase, read as one verb as a WordNet verb phrase is.
        assertEquals(Optional.of(OTHERS.size()), resolve(spoke, "Mara Quill breaks silence on Halvern ferry future"));
        // So are they with a possessive before the noun, as English writes the phrase.
        assertEquals(
                Optional.of(OTHERS.size()), resolve(spoke, "Mara Quill breaks her silence on Halvern ferry future"));
    }

    @Test
    void aBritishSpellingFindsWhatTheThesaurusListsUnderTheAmericanOne() {
        // The thesaurus is American; a headline as often writes "criticises" and "rumours".
        assertEquals(SayingVerbs.tiedTo("criticizes"), SayingVerbs.tiedTo("criticises"));
        assertTrue(SayingVerbs.tiedTo("criticises").contains("condemn"), "the thesaurus ties criticize and condemn");
        assertFalse(ThesaurusNouns.tiedTo("rumour").isEmpty(), "the thesaurus lists rumor");
        assertEquals(ThesaurusNouns.tiedTo("rumor"), ThesaurusNouns.tiedTo("rumour"));
        HeadlineMatcher matcher = library(
                "Mara Quill condemns the Halvern ferry timetable",
                "Mara Quill condemned the Halvern ferry timetable in a long radio interview.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Mara Quill criticises Halvern ferry timetable"));
    }

    @Test
    void anAttributionIsTheLinesSourceNotItsStory() {
        HeadlineMatcher matcher = library(
                "Dana Quell will miss the Halvern Awards",
                "Dana Quell will miss this year's Halvern Awards, the Larkfield Post reports.");
        // The outlet is the article's too, but says who reports, not what happened: "host" is another event.
        assertEquals(
                Optional.empty(), resolve(matcher, "Dana Quell to host the Halvern Awards, Larkfield Post reports"));
        assertEquals(
                Optional.of(OTHERS.size()),
                resolve(matcher, "Dana Quell to skip the Halvern Awards, Larkfield Post reports"));
    }

    @Test
    void anotherOrdinalIsAnotherStory() {
        HeadlineMatcher matcher = library(
                "Astrid Sol releases her third album",
                "The singer Astrid Sol released her third album, Nightjar, on Friday without any warning.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Astrid Sol releases 3rd album Nightjar"));
        assertEquals(Optional.empty(), resolve(matcher, "Astrid Sol releases second album Nightjar"));
    }

    @Test
    void anOpeningWordNoDictionaryKnowsIsAName() {
        HeadlineMatcher matcher = library(
                "Penhallow approves £40m sea wall",
                "Penhallow's harbour board voted to build a £40m sea wall after three winters of flooding.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Penhallow votes for £40m sea wall after flooding"));
        assertEquals(
                Optional.empty(),
                resolve(matcher, "Trewarne harbour board votes for £40m sea wall after three winters of flooding"));
    }

    @Test
    void reportingWhatAHeadlineDeniesIsAnotherStory() {
        HeadlineMatcher matcher = library(
                "Chancellor Amos Feld: budget will not raise income tax",
                "The chancellor Amos Feld said the budget will not raise income tax this year.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Amos Feld says budget will not raise income tax"));
        assertEquals(Optional.empty(), resolve(matcher, "Amos Feld says budget will raise income tax"));
    }

    @Test
    void anArticleThatDeniesInSoManyWordsIsNotOneThatConfirms() {
        HeadlineMatcher matcher = library(
                "Singer Ada Morrow denied plans for a 40-date world tour",
                "Singer Ada Morrow denied plans for a 40-date world tour during an interview on Friday.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Ada Morrow denies plans for 40-date world tour"));
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Ada Morrow: no 40-date world tour"));
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "Ada Morrow dismisses plans for 40-date world tour"));
        assertEquals(Optional.empty(), resolve(matcher, "Ada Morrow confirms plans for 40-date world tour"));
    }

    @Test
    void aVerbOfDenyingSaysWhatTheArticlesDenialSays() {
        // "rejects" and "shoots down" are WordNet's verbs under "deny" and "reject": said of an article that denies,
        // they say what its "denied" says; said of one that does not, they are another event.
        String denied = "Zoe Tanaka denied a long-running feud with Victor Quinlan";
        HeadlineMatcher denying = library(denied, denied + ".");
        assertEquals(Optional.of(OTHERS.size()), resolve(denying, "Zoe Tanaka rejects feud with Victor Quinlan"));
        assertEquals(Optional.of(OTHERS.size()), resolve(denying, "Zoe Tanaka shoots down Victor Quinlan feud"));
        String recalled = "Zoe Tanaka recalled a long-running feud with Victor Quinlan";
        HeadlineMatcher recalling = library(recalled, recalled + ".");
        assertEquals(Optional.empty(), resolve(recalling, "Zoe Tanaka rejects feud with Victor Quinlan"));
        assertTrue(DenialVerbs.is("rejects") && DenialVerbs.is("shoot down") && !DenialVerbs.is("recalls"));
    }

    @Test
    void denialIsReadOutsideQuotationsOnly() {
        assertTrue(Negation.denies("Dolores Quint will not seek a third term"));
        assertTrue(Negation.denies("Quint won't stand again"));
        assertTrue(Negation.denies("No income tax rise in budget, says Feld"));
        assertTrue(Negation.denies("PASSENGERS WILL NEVER PAY MORE"));
        assertTrue(Negation.denies("Minister can’t say when trains return"));
        assertTrue(Negation.denies("Council cannot afford new pool"));
        assertTrue(Negation.denies("Ada Morrow denied plans for a world tour"));
        assertTrue(Negation.denies("DENIAL from Morrow camp over tour"));
        assertTrue(Negation.denies("Ada Morrow: no world tour this year"));
        assertFalse(Negation.denies("Denise Morrow plans a world tour"), "a word that begins as a denial does");
        assertFalse(Negation.denies("Ada Morrow: ‘They denied me a tour’ – on her early years"));
        assertFalse(Negation.denies("Vote at 10:30 on no-confidence motion"));
        assertTrue(Negation.carriesDenial("Ada Morrow shoots down world tour plans"), "a verb of denial");
        assertTrue(Negation.carriesDenial("Ada Morrow disowns world tour plans"));
        assertFalse(Negation.carriesDenial("Ada Morrow confirms world tour plans"));
        assertFalse(Negation.carriesDenial("Ada Morrow on ‘the plans I dismissed’"), "someone's words");
        assertFalse(Negation.denies("Mayor survives no-confidence vote"));
        assertFalse(Negation.denies("Passengers to pay no more than £2"));
        assertFalse(Negation.denies("\"I still can't believe it\": Dascalu on winning"));
        assertFalse(Negation.denies("Bram Oduya: ‘I was told I would never walk again’"));
    }

    @Test
    void ordinalsFoldToOneTerm() {
        assertEquals(List.of("3rd", "term"), HeadlineTerms.terms("third term"));
        assertEquals(List.of("3rd", "term"), HeadlineTerms.terms("3rd term"));
        assertEquals(List.of("22nd", "season"), HeadlineTerms.terms("22nd season"));
        assertEquals(List.of("first", "tim"), HeadlineTerms.terms("for the first time"));
        assertTrue(HeadlineTerms.isOrdinal("11th"));
        assertFalse(HeadlineTerms.isOrdinal("11"));
    }

    @Test
    void wordNetKnowsWordsSynonymsAndOpposites() {
        assertTrue(WordNet.of("approves").known());
        assertFalse(WordNet.of("trewarne").known());
        assertTrue(WordNet.of("shut").synonyms().contains("close"));
        assertTrue(WordNet.of("wins").antonyms().contains("lose"));
        assertTrue(WordNet.of("misses").antonyms().contains("win"), "the opposite of a word sharing a sense");
        assertFalse(WordNet.of("bjørn").known(), "letters beyond ASCII make no English word");
        assertTrue(WordNet.of("quits").synonyms().contains("step down"));
        assertTrue(WordNet.of("closure").synonyms().contains("close"), "derived forms count as synonyms");
    }

    @Test
    void aFunctionWordNoEntryUsesWeighsNothing() {
        HeadlineMatcher matcher = library(
                "Harbour board backs Penhallow ferry terminal plan",
                "The harbour board backed a plan for a Penhallow ferry terminal on Tuesday.");
        // WordNet knows neither "could" nor "since": they say nothing of the story, though no entry uses them.
        assertEquals(
                Optional.of(OTHERS.size()),
                resolve(matcher, "Penhallow ferry terminal plan could be backed since Tuesday"));
    }

    @Test
    void aVerbPhraseWordNetListsMeansWhatItsSynonymsMean() {
        // "turn down" is "reject" in WordNet; neither "turn" nor "down" is.
        HeadlineMatcher matcher = library(
                "Marrow Ford toll bridge plan rejected",
                "Plans for a toll bridge at Marrow Ford were rejected by the county council on Tuesday.");
        assertEquals(Optional.of(OTHERS.size()), resolve(matcher, "County council turns down Marrow Ford toll bridge"));
        assertEquals("turn down", WordNet.verbPhrase("turns", "down"));
        assertEquals(null, WordNet.verbPhrase("turns", "bridge"));
    }
}
