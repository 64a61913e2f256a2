package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class OutputThreadTest {

    /** Batches come out whole and in order, and all of them once {@code finish} returns. */
    @Test
    void everyBatchIsWrittenInOrderBeforeFinishReturns() {
        StringWriter written = new StringWriter();
        OutputThread output = new OutputThread(new PrintWriter(written));
        StringBuilder expected = new StringBuilder();
        for (int batch = 0; batch < 200; batch++) {
            StringBuilder lines = new StringBuilder();
            for (int line = 0; line < 50; line++) {
                lines.append(batch).append('\t').append(line).append("\tÉté à Göteborg\n");
            }
            expected.append(lines);
            output.write(lines);
        }
        output.finish();
        assertEquals(expected.toString(), written.toString());
    }
}
