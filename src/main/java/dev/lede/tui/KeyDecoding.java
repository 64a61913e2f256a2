package dev.lede.tui;

import com.googlecode.lanterna.input.BasicCharacterPattern;
import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.EscapeSequenceCharacterPattern;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;

/**
 * Adds the key forms Lanterna misses to a terminal's input decoder (docs/terminal.md: whatever
 * TERM says): rxvt Home/End {@code ESC[7~}/{@code ESC[8~}, a lone CR as Enter, and the
 * SS3 arrows as plain arrows, and the bracketed-paste markers {@code ESC[200~}/{@code ESC[201~} as keys that are then ignored.
 */
final class KeyDecoding {

    private KeyDecoding() {}

    static void install(InputDecoder decoder) {
        for (CharacterPattern pattern : decoder.getPatterns()) {
            if (pattern.getClass() == EscapeSequenceCharacterPattern.class) {
                decoder.removePattern(pattern);
            }
        }
        List<CharacterPattern> extra =
                List.of(new LedeEscapeSequences(), new BasicCharacterPattern(new KeyStroke(KeyType.Enter), '\r'));
        decoder.addProfile(() -> extra);
    }

    /** Lanterna's CSI/SS3 decoder with the rxvt and paste codes added. */
    private static final class LedeEscapeSequences extends EscapeSequenceCharacterPattern {
        LedeEscapeSequences() {
            stdMap.put(7, KeyType.Home);
            stdMap.put(8, KeyType.End);
            stdMap.put(200, KeyType.Unknown);
            stdMap.put(201, KeyType.Unknown);
        }

        // Lanterna reads ESC O A as PuTTY's Ctrl+Up; xterm and tmux send it for a plain arrow in
        // application cursor mode, which is the common case.
        @Override
        protected KeyStroke getKeyStrokeRaw(char first, int num1, int num2, char last, boolean bEsc) {
            boolean ss3Arrow = first == 'O' && last >= 'A' && last <= 'D';
            return super.getKeyStrokeRaw(ss3Arrow ? '[' : first, num1, num2, last, bEsc);
        }
    }
}
