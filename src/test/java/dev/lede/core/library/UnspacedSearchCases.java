package dev.lede.core.library;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Articles and queries both searches (in memory, {@code LibraryUnspacedSearchTest}, and the library index,
 * {@code IndexUnspacedSearchTest}) must answer alike: runs of Chinese, Japanese, Korean and Thai found
 * inside sentences, in headlines and bodies, mixed with Latin words, punctuation alone, and the rule for a
 * long query nothing holds whole.
 */
public final class UnspacedSearchCases {

    /** File name (without .txt) to its text: the headline line, a blank line, the body. */
    public static final Map<String, String> ARTICLES = new LinkedHashMap<>();

    static {
        ARTICLES.put("ja-headline", "東京都の新しい計画が発表された\n\n都庁は月曜日に説明した。\n");
        ARTICLES.put("ja-body", "Weather in Osaka\n\n大阪では新しい計画について議論が続いている。\n");
        ARTICLES.put("zh", "北京市政府公布交通计划\n\n新的地铁线路将于明年开通。\n");
        ARTICLES.put("ko", "서울시의 새로운 교통 정책\n\n시민들은 버스 노선 변경을 환영했다.\n");
        ARTICLES.put("th", "กรุงเทพฯ เปิดรถไฟฟ้าสายใหม่\n\nผู้โดยสารพอใจกับบริการ\n");
        ARTICLES.put("mixed", "Tokyo 2025年の予算案\n\nThe Tokyo budget for the year.\n");
        ARTICLES.put("harbour", "Harbour wall repairs begin\n\nCrews arrived on Monday.\n");
        ARTICLES.put("rocket", "Rocket launch delayed\n\nThe crew waited for the wind to drop.\n");
        ARTICLES.put("or", "Orchard fair\n\nApples or pears, or both, and the cider.\n");
        ARTICLES.put("emoji", "Launch day 🚀🌕\n\nThe crowd cheered❤️ and waved 👍🏽 flags 🇯🇵.\n");
    }

    /** Query to the articles it finds (in any order). */
    public static final Map<String, Set<String>> CASES = new LinkedHashMap<>();

    static {
        CASES.put("計画", Set.of("ja-headline", "ja-body"));
        CASES.put("計", Set.of("ja-headline", "ja-body"));
        CASES.put("新しい計画", Set.of("ja-headline", "ja-body"));
        CASES.put("画が発表", Set.of("ja-headline"));
        CASES.put("都の計画", Set.of()); // its characters are there, not in a row
        CASES.put("画発", Set.of());
        CASES.put("议论", Set.of());
        CASES.put("计划", Set.of("zh")); // simplified: not the Japanese 計画
        CASES.put("地铁", Set.of("zh"));
        CASES.put("서울시", Set.of("ko")); // before its particle: 서울시의
        CASES.put("정책", Set.of("ko"));
        CASES.put("노선", Set.of("ko"));
        CASES.put("รถไฟฟ้า", Set.of("th"));
        CASES.put("บริการ", Set.of("th"));
        CASES.put("บรการ", Set.of("th")); // Thai vowel signs are not told apart: FTS5's unicode61 drops them
        CASES.put("2025年", Set.of("mixed"));
        CASES.put("tokyo 予算", Set.of("mixed"));
        CASES.put("Tokyo 計画", Set.of());
        CASES.put("、。!?…", Set.of());
        CASES.put("🚀", Set.of("emoji")); // a symbol is a word of its own
        CASES.put("🌕", Set.of("emoji"));
        CASES.put("🚀🌕", Set.of("emoji"));
        CASES.put("🌕🚀", Set.of());
        CASES.put("❤", Set.of("emoji")); // without its variation selector
        CASES.put("❤️", Set.of("emoji"));
        CASES.put("👍", Set.of("emoji")); // without its skin tone
        CASES.put("🇯🇵", Set.of("emoji"));
        CASES.put("crowd 👍", Set.of("emoji"));
        CASES.put("🎉", Set.of());
        CASES.put("harb", Set.of("harbour"));
        CASES.put("harbour OR rocket", Set.of("harbour", "rocket")); // not "or", a stop word
        CASES.put("harbour rocket", Set.of()); // two words are typed search: both required
        CASES.put("the of but", Set.of()); // stop words only: nothing to fall back to
        CASES.put("画か", Set.of()); // か is not が
    }

    private UnspacedSearchCases() {}
}
