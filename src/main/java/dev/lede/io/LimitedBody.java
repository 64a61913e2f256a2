package dev.lede.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collects a response body up to a size cap, cancelling the download as soon as it is passed, and
 * records when bytes last arrived so the caller can apply a read timeout to a stalled body.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body passed the cap. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("body too large");
        }
    }

    private final long maxBytes;
    private final long declaredLength;
    private final AtomicLong lastActivity;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    LimitedBody(long maxBytes, long declaredLength, AtomicLong lastActivity) {
        this.maxBytes = maxBytes;
        this.declaredLength = declaredLength;
        this.lastActivity = lastActivity;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (declaredLength > maxBytes) {
            // A Content-Length over the cap fails before any byte is read.
            subscription.cancel();
            result.completeExceptionally(new TooLarge());
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        lastActivity.set(System.nanoTime());
        for (ByteBuffer buffer : buffers) {
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
        if (bytes.size() > maxBytes) {
            subscription.cancel();
            result.completeExceptionally(new TooLarge());
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}
