package org.partyregistry.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * {@link RecordJson}'s output: JSON tokens as UTF-8 into a 64 KiB buffer drained into a stream, text escaped as
 * JSON-P's generator escapes it.
 */
final class JsonOut {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream stream;
    private final byte[] buffer = new byte[1 << 16];
    private int size;

    JsonOut(OutputStream stream) {
        this.stream = stream;
    }

    static byte[] key(String name) {
        JsonOut out = new JsonOut(null);
        out.string(name);
        out.raw(':');
        return Arrays.copyOf(out.buffer, out.size);
    }

    void raw(char c) {
        if (size == buffer.length) {
            drain();
        }
        buffer[size++] = (byte) c;
    }

    void ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            raw(text.charAt(i));
        }
    }

    void bytes(byte[] bytes) {
        if (size + bytes.length > buffer.length) {
            drain();
        }
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    void number(long value) {
        if (size + 20 > buffer.length) {
            drain();
        }
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                ascii(Long.toString(value));
                return;
            }
            buffer[size++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
    }

    void date(LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            string(date.toString());
            return;
        }
        raw('"');
        digits(year, 4);
        raw('-');
        digits(date.getMonthValue(), 2);
        raw('-');
        digits(date.getDayOfMonth(), 2);
        raw('"');
    }

    private void digits(int value, int count) {
        for (int divisor = count == 4 ? 1000 : 10; divisor > 0; divisor /= 10) {
            raw((char) ('0' + value / divisor % 10));
        }
    }

    void string(String text) {
        raw('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                raw(c);
            } else if (c < 0x80) {
                escape(c);
            } else if (c < 0x800) {
                raw((char) (0xc0 | c >> 6));
                raw((char) (0x80 | c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int point = Character.toCodePoint(c, text.charAt(++i));
                raw((char) (0xf0 | point >> 18));
                raw((char) (0x80 | point >> 12 & 0x3f));
                raw((char) (0x80 | point >> 6 & 0x3f));
                raw((char) (0x80 | point & 0x3f));
            } else if (Character.isSurrogate(c)) {
                raw('?'); // an unpaired surrogate, as the UTF-8 encoder replaces it
            } else {
                raw((char) (0xe0 | c >> 12));
                raw((char) (0x80 | c >> 6 & 0x3f));
                raw((char) (0x80 | c & 0x3f));
            }
        }
        raw('"');
    }

    private void escape(char c) {
        raw('\\');
        switch (c) {
            case '"' -> raw('"');
            case '\\' -> raw('\\');
            case '\b' -> raw('b');
            case '\f' -> raw('f');
            case '\n' -> raw('n');
            case '\r' -> raw('r');
            case '\t' -> raw('t');
            default -> {
                ascii("u00");
                raw((char) HEX[c >> 4]);
                raw((char) HEX[c & 0xf]);
            }
        }
    }

    private void drain() {
        try {
            stream.write(buffer, 0, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        size = 0;
    }

    void flush() throws IOException {
        drain();
        stream.flush();
    }
}
