package dev.lede.io;

import dev.lede.core.parse.Parsed;

/** A sink called from the loading thread and from fetch threads, one call at a time. */
final class OneAtATimeSink implements LoadSink {

    private final LoadSink sink;

    OneAtATimeSink(LoadSink sink) {
        this.sink = sink;
    }

    @Override
    public synchronized void loaded(Parsed parsed) {
        sink.loaded(parsed);
    }

    @Override
    public synchronized void fetching(String url) {
        sink.fetching(url);
    }

    @Override
    public synchronized void fetched(String url) {
        sink.fetched(url);
    }

    @Override
    public synchronized void finished() {
        sink.finished();
    }
}
