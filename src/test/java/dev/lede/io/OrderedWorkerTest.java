package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OrderedWorkerTest {

    @Test
    void tasksRunInTheOrderGivenOnAThreadOfTheirOwn() {
        OrderedWorker worker = new OrderedWorker("test-writer", 4);
        List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 100; i++) {
            int task = i;
            worker.submit(() -> {
                ran.add(task);
                threads.add(Thread.currentThread());
            });
        }
        worker.finish();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            expected.add(i);
        }
        assertEquals(expected, ran);
        assertNotEquals(Thread.currentThread(), threads.get(0));
        assertEquals(1, threads.stream().distinct().count());
    }

    @Test
    void aTaskThatThrowsLetsTheRestRunAndFinishRethrowsIt() {
        OrderedWorker worker = new OrderedWorker("test-writer", 1);
        IllegalStateException bug = new IllegalStateException("a bug");
        List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
        worker.submit(() -> {
            throw bug;
        });
        for (int i = 0; i < 5; i++) {
            int task = i;
            worker.submit(() -> ran.add(task)); // the queue holds one: these wait for a thread still running
        }
        assertSame(bug, assertThrows(IllegalStateException.class, worker::finish));
        assertEquals(List.of(0, 1, 2, 3, 4), ran);
    }

    @Test
    void aCallerWaitsWhileTheQueueIsFull() throws InterruptedException {
        OrderedWorker worker = new OrderedWorker("test-writer", 1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        worker.submit(() -> {
            running.countDown();
            awaitQuietly(release);
        });
        assertTrue(running.await(5, TimeUnit.SECONDS));
        worker.submit(() -> {}); // fills the queue
        CountDownLatch submitted = new CountDownLatch(1);
        Thread caller = new Thread(() -> {
            worker.submit(() -> {});
            submitted.countDown();
        });
        caller.start();
        assertEquals(false, submitted.await(200, TimeUnit.MILLISECONDS), "no room: the caller waits");
        release.countDown();
        assertTrue(submitted.await(5, TimeUnit.SECONDS));
        worker.finish();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
