package dev.itss.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Counts the bytes read and shows the share done on a terminal line ({@code \r}), at most once per
 * percent; clears the line at the end.
 */
final class ProgressInputStream extends FilterInputStream {
    private final long size;
    private final PrintStream err;
    private long read;
    private int shown = -1;

    ProgressInputStream(InputStream in, long size, PrintStream err) {
        super(in);
        this.size = Math.max(1, size);
        this.err = err;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(int n) {
        read += n;
        int percent = (int) (read * 100 / size);
        if (percent != shown) {
            shown = percent;
            err.print(String.format(Locale.ROOT, "\r  reading %3d %% (%d of %d MB)", percent, read >> 20, size >> 20));
            err.flush();
        }
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (shown >= 0) {
            err.print("\r" + " ".repeat(48) + "\r");
            err.flush();
        }
    }
}
