package dev.lede.core.parse.html;

import java.util.ArrayList;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Puts a streamed server-rendered page together as its script would. React's streaming renderer sends
 * the page's shell first, with a placeholder {@code <template id="B:0">} (or {@code "P:0"}) where content
 * is still loading, and later the content itself in a hidden {@code <div hidden id="S:0">} that a script
 * moves into the placeholder. Without scripts the whole article sits in that hidden div; moved into place it is read
 * like any other content, in the order the reader sees it.
 */
final class StreamedContent {

    private static final Pattern SEGMENT_ID = Pattern.compile("S:[0-9a-zA-Z]+");

    private StreamedContent() {}

    /** Moves each hidden streamed segment of {@code doc} into its placeholder, in place. */
    static void place(Document doc) {
        for (Element segment : doc.select("div[hidden][id^=S:]")) {
            if (!SEGMENT_ID.matcher(segment.id()).matches()) {
                continue;
            }
            String number = segment.id().substring(2);
            Element placeholder = doc.getElementById("B:" + number);
            if (placeholder == null) {
                placeholder = doc.getElementById("P:" + number);
            }
            if (placeholder == null || !placeholder.normalName().equals("template")) {
                continue; // no slot for it: the page never shows it
            }
            for (Node child : new ArrayList<>(segment.childNodes())) {
                placeholder.before(child);
            }
            placeholder.remove();
            segment.remove();
        }
    }
}
