package dev.itss.records;

/** UTF-8 well-formedness of byte ranges (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF), without decoding. */
final class Utf8 {
    private Utf8() {}

    /** The index of the first byte of the first ill-formed sequence in {@code [from, to)}, or -1 when all is well formed. */
    static int firstInvalid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int length;
            int min;
            int max = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                min = c == 0xE0 ? 0xA0 : 0x80;
                max = c == 0xED ? 0x9F : 0xBF;
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                min = c == 0xF0 ? 0x90 : 0x80;
                max = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                return i;
            }
            if (i + length > to) {
                return i;
            }
            int second = b[i + 1] & 0xFF;
            if (second < min || second > max) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                int next = b[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }

    /** The bytes from {@code from} that a message shows: up to four, stopping before an ASCII byte (a delimiter, a line end). */
    static String badBytes(byte[] b, int from, int to) {
        int end = from + 1;
        while (end < to && end < from + 4 && (b[end] & 0x80) != 0) {
            end++;
        }
        return hex(b, from, Math.min(end, to));
    }

    /** Bytes as {@code 0xBA 0xCF}, for messages. */
    static String hex(byte[] b, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(String.format("0x%02X", b[i] & 0xFF));
        }
        return out.toString();
    }
}
