package dev.lede.tui.e2e;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For end-to-end tests on the packaged jar in tmux ({@code @ExtendWith(NeedsTmuxAndTheJar.class)}): each
 * test is skipped, saying why, when tmux is not installed or the jar has not been built.
 */
final class NeedsTmuxAndTheJar implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(Tmux.isInstalled(), "tmux is not installed: end-to-end terminal tests skipped");
        Launch.jar();
    }
}
