package dev.lede.tui.wire;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The terminal's current colours and attributes, and the shortest single SGR sequence that changes
 * them to another pen: either only what differs ({@code ESC[24;1m}) or a reset followed by what the new
 * pen needs ({@code ESC[0;7m}), whichever is shorter; {@code ESC[m} alone for the plain pen.
 */
record Pen(TextColor foreground, TextColor background, Set<SGR> attributes) {

    static final Pen PLAIN = new Pen(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, Set.of());

    // Attributes with an "off" code of their own; any other attribute makes the change go through a reset.
    private static final Map<SGR, String[]> CODES = Map.of(
            SGR.BOLD,
            new String[] {"1", "22"},
            SGR.ITALIC,
            new String[] {"3", "23"},
            SGR.UNDERLINE,
            new String[] {"4", "24"},
            SGR.BLINK,
            new String[] {"5", "25"},
            SGR.REVERSE,
            new String[] {"7", "27"},
            SGR.CROSSED_OUT,
            new String[] {"9", "29"});

    Pen {
        attributes = attributes.isEmpty() ? Set.of() : Set.copyOf(attributes);
    }

    // Written out: a record's generated ones bootstrap method handles on first use: +70 ms CPU in a cold Java 17 JVM
    // (C1, serial GC; A/B of the two forms, 8 interleaved runs, lambdas already in use), about a tenth of the
    // reader's first frame, where pens are first compared.
    @Override
    public boolean equals(Object other) {
        return other instanceof Pen that
                && Objects.equals(foreground, that.foreground)
                && Objects.equals(background, that.background)
                && attributes.equals(that.attributes);
    }

    @Override
    public int hashCode() {
        return (31 * Objects.hashCode(foreground) + Objects.hashCode(background)) * 31 + attributes.hashCode();
    }

    static Pen of(TextCharacter cell) {
        Set<SGR> modifiers = cell.getModifiers();
        return new Pen(cell.getForegroundColor(), cell.getBackgroundColor(), modifiers);
    }

    /** True when {@code cell} is drawn with this pen (colours and attributes). */
    boolean draws(TextCharacter cell) {
        return foreground.equals(cell.getForegroundColor())
                && background.equals(cell.getBackgroundColor())
                && attributes.equals(cell.getModifiers());
    }

    /** The escape sequence that turns this pen into {@code next}; empty when they are the same. */
    String changeTo(Pen next) {
        if (equals(next)) {
            return "";
        }
        if (next.equals(PLAIN)) {
            return "\u001b[m";
        }
        String reset = sequence(reset(next));
        String delta = delta(next);
        return delta != null && delta.length() <= reset.length() ? delta : reset;
    }

    private static StringBuilder reset(Pen next) {
        StringBuilder codes = new StringBuilder("0");
        for (SGR attribute : sorted(next.attributes)) {
            codes.append(';').append(onCode(attribute));
        }
        if (!next.foreground.equals(TextColor.ANSI.DEFAULT)) {
            appendColour(codes, next.foreground, true);
        }
        if (!next.background.equals(TextColor.ANSI.DEFAULT)) {
            appendColour(codes, next.background, false);
        }
        return codes;
    }

    private String delta(Pen next) {
        if (!CODES.keySet().containsAll(attributes) || !CODES.keySet().containsAll(next.attributes)) {
            return null;
        }
        StringBuilder codes = new StringBuilder();
        for (SGR attribute : sorted(attributes)) {
            if (!next.attributes.contains(attribute)) {
                codes.append(';').append(CODES.get(attribute)[1]);
            }
        }
        for (SGR attribute : sorted(next.attributes)) {
            if (!attributes.contains(attribute)) {
                codes.append(';').append(CODES.get(attribute)[0]);
            }
        }
        if (!foreground.equals(next.foreground)) {
            appendColour(codes, next.foreground, true);
        }
        if (!background.equals(next.background)) {
            appendColour(codes, next.background, false);
        }
        return sequence(codes.deleteCharAt(0));
    }

    private static void appendColour(StringBuilder codes, TextColor colour, boolean foreground) {
        byte[] sgr = foreground ? colour.getForegroundSGRSequence() : colour.getBackgroundSGRSequence();
        codes.append(';').append(new String(sgr, StandardCharsets.US_ASCII));
    }

    private static String sequence(StringBuilder codes) {
        String body = codes.toString();
        return "\u001b[" + (body.equals("0") ? "" : body) + "m";
    }

    private static Iterable<SGR> sorted(Set<SGR> attributes) {
        return attributes.isEmpty() ? Set.of() : EnumSet.copyOf(attributes);
    }

    private static String onCode(SGR attribute) {
        return switch (attribute) {
            case BOLD -> "1";
            case ITALIC -> "3";
            case UNDERLINE -> "4";
            case BLINK -> "5";
            case REVERSE -> "7";
            case CROSSED_OUT -> "9";
            case FRAKTUR -> "20";
            case BORDERED -> "51";
            case CIRCLED -> "52";
        };
    }
}
