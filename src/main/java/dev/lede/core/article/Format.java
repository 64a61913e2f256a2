package dev.lede.core.article;

/** The format an article was read from; {@link #id()} is the export's {@code format} value. */
public enum Format {
    TEXT("text"),
    HTML("html"),
    RSS("rss"),
    ATOM("atom"),
    RDF("rdf"),
    JSONFEED("jsonfeed");

    private final String id;

    Format(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
