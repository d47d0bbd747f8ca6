package dev.itss.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a byte stream strictly: bytes the charset cannot decode stop the read with
 * {@link Undecodable}, which names the line they are on and the bytes, instead of becoming
 * U+FFFD (a GBK group name in a UTF-8 export would otherwise become a new group of its own). The
 * text before the bad bytes is delivered first, so that a reader of rows meets the rows before
 * them in order. Lines end at LF, CR or CRLF.
 */
final class CheckedTextReader extends Reader {
    /** Bytes that do not decode, on a line (from 1). */
    static final class Undecodable extends IOException {
        private static final long serialVersionUID = 1L;
        final int line;
        final String bytes;

        Undecodable(int line, String bytes) {
            super("undecodable bytes " + bytes + " on line " + line);
            this.line = line;
            this.bytes = bytes;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean endOfInput;
    private boolean flushed;
    private Undecodable pending;
    /** Lines decoded so far, counting from 1, and whether the last char decoded was a CR. */
    private int line = 1;
    private boolean afterCr;

    CheckedTextReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (pending != null) {
                throw pending;
            }
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes more chars; sets {@link #pending} at bytes that do not decode. */
    private void fill() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (!bytes.hasRemaining() && !endOfInput) {
                    bytes.clear();
                    int n = in.read(bytes.array(), 0, bytes.capacity());
                    if (n < 0) {
                        endOfInput = true;
                        bytes.limit(0);
                    } else {
                        bytes.limit(n);
                    }
                } else if (!endOfInput && bytes.remaining() < 8) {
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        endOfInput = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
                int start = chars.position();
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                count(start, chars.position());
                if (result.isError()) {
                    pending = new Undecodable(line, Utf8.badBytes(bytes.array(), bytes.arrayOffset() + bytes.position(),
                            bytes.arrayOffset() + bytes.limit()));
                    return;
                }
                if (endOfInput && result.isUnderflow() && !bytes.hasRemaining()) {
                    decoder.flush(chars);
                    flushed = true;
                    return;
                }
                if (result.isOverflow()) {
                    return;
                }
            }
        } finally {
            chars.flip();
        }
    }

    /** Counts the line ends among the chars decoded in {@code [from, to)}. */
    private void count(int from, int to) {
        char[] a = chars.array();
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c == '\n') {
                if (!afterCr) {
                    line++;
                }
                afterCr = false;
            } else if (c == '\r') {
                line++;
                afterCr = true;
            } else {
                afterCr = false;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
