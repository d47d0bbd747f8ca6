package dev.itss.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * A progress line on a terminal ({@code \r}): told of the bytes read, from any thread, it shows
 * the share done at most once per percent, and clears the line when closed.
 */
final class ProgressLine implements LongConsumer, AutoCloseable {
    private final long size;
    private final PrintStream err;
    private long read;
    private int shown = -1;

    ProgressLine(long size, PrintStream err) {
        this.size = Math.max(1, size);
        this.err = err;
    }

    @Override
    public synchronized void accept(long bytes) {
        read += bytes;
        int percent = (int) Math.min(100, read * 100 / size);
        if (percent != shown) {
            shown = percent;
            err.print(String.format(Locale.ROOT, "\r  reading %3d %% (%d of %d MB)", percent, read >> 20, size >> 20));
            err.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (shown >= 0) {
            err.print("\r" + " ".repeat(48) + "\r");
            err.flush();
        }
    }
}
