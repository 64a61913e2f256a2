package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AlongsideTest {

    /**
     * A first {@code lede list} prints its lines while the index stores what the related headlines resolved
     * to: the two run at once, and a failure of the storing is thrown once the lines are out.
     */
    @Test
    void theWorkAsideRunsBesideWhatIsDoneMeanwhileAndItsFailureComesAfterIt() {
        CountDownLatch printed = new CountDownLatch(1);
        boolean[] storingSawPrinted = {false};
        Alongside.run(
                () -> {
                    try {
                        storingSawPrinted[0] = printed.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                },
                printed::countDown);
        assertTrue(storingSawPrinted[0], "the storing waited for what ran meanwhile: both at once");

        List<String> done = new CopyOnWriteArrayList<>();
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> Alongside.run(
                        () -> {
                            throw new IllegalStateException("disk full");
                        },
                        () -> done.add("printed")));
        assertEquals("disk full", thrown.getMessage());
        assertEquals(List.of("printed"), done, "what ran meanwhile ran to its end");
    }
}
