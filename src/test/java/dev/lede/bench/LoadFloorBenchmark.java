package dev.lede.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The machine's floor for the P6 figures: a fixed slice of CPU work with no allocation, sampled like
 * the key benchmarks. Its p99 is what scheduling on a busy machine adds to any operation of that
 * length, so a key's p99 near this one is the machine's, not lede's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx3g"})
public class LoadFloorBenchmark {

    /** About 100 µs of work on this kind of machine: the order of a list key's median. */
    @Benchmark
    public void fixedWork() {
        Blackhole.consumeCPU(40_000);
    }
}
