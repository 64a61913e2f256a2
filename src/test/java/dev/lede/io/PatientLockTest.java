package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class PatientLockTest {

    @Test
    void aFreeLockRunsTheActionWithoutAWord() {
        PatientLock lock = new PatientLock();
        List<String> said = new ArrayList<>();
        lock.run(() -> said.add("ran"), Duration.ofSeconds(5), () -> said.add("waiting"));
        assertEquals(List.of("ran"), said);
    }

    @Test
    void aLockHeldPastThePatienceIsSaidOnceThenWaitedFor() throws InterruptedException {
        PatientLock lock = new PatientLock();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> lock.run(() -> {
            held.countDown();
            await(release);
        }));
        holder.start();
        held.await();
        List<String> said = Collections.synchronizedList(new ArrayList<>());
        Thread releaser = new Thread(() -> {
            sleep(300);
            said.add("released"); // before the action: the action must wait for the holder
            release.countDown();
        });
        releaser.start();
        lock.run(() -> said.add("ran"), Duration.ofMillis(50), () -> said.add("waiting"));
        holder.join();
        releaser.join();
        assertEquals(List.of("waiting", "released", "ran"), said);
        assertTrue(!Thread.currentThread().isInterrupted());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
