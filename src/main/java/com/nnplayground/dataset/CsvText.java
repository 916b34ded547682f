package com.nnplayground.dataset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns an upload into text, or refuses it: over the size limit, binary, or not in a Unicode encoding.
 * Decoding reports bad bytes instead of replacing them, so nothing is silently garbled.
 */
final class CsvText {
    private static final long MB = 1024 * 1024;
    /** A text CSV holds no control characters besides tab and line ends; a few stray ones are tolerated. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private CsvText() {
    }

    static void checkSize(long bytes, ImportLimits limits) {
        if (bytes > limits.maxBytes()) {
            String size = size(bytes);
            String limit = size(limits.maxBytes());
            if (size.equals(limit)) {
                size = String.format(Locale.ROOT, "%,d bytes", bytes);
                limit = String.format(Locale.ROOT, "%,d bytes", limits.maxBytes());
            }
            throw new DatasetException("The file is " + size + "; the limit is " + limit + ".");
        }
    }

    /** UTF-8, with or without a byte-order mark; UTF-16 when a byte-order mark says so (Excel's "Unicode text"). */
    static String decode(byte[] content, ImportLimits limits) {
        checkSize(content.length, limits);
        Charset charset = StandardCharsets.UTF_8;
        int start = 0;
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            start = 3;
        } else if (startsWith(content, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            start = 2;
        } else if (startsWith(content, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            start = 2;
        } else if (contains(content, 0)) {
            throw binary();
        }
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw controlShare(content) > MAX_CONTROL_SHARE ? binary() : notUnicode(content, in.position());
        }
        decoder.flush(out);
        return refuseControls(out.flip().toString());
    }

    /** Pasted text: the same limits and the same refusal of binary data as a file. */
    static String check(String text, ImportLimits limits) {
        checkSize(utf8Length(text), limits);
        return refuseControls(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static String refuseControls(String text) {
        long controls = text.chars().filter(CsvText::isControl).count();
        if (controls > 0 && (text.indexOf('\0') >= 0 || controls > MAX_CONTROL_SHARE * text.length())) {
            throw binary();
        }
        return text;
    }

    static String size(long bytes) {
        if (bytes >= MB) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB).replace(".0 ", " ");
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0).replace(".0 ", " ");
        }
        return bytes + " bytes";
    }

    private static DatasetException binary() {
        return new DatasetException("This is not a text CSV file (it contains binary data).");
    }

    private static DatasetException notUnicode(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += content[i] == '\n' ? 1 : 0;
        }
        return new DatasetException(String.format(Locale.ROOT, "Line %d holds a byte (0x%02X) that is not UTF-8 text."
                + " Save the file from the spreadsheet as \"CSV UTF-8\" and import it again.", line,
                content[offset] & 0xFF));
    }

    /** Counts the bytes of the text as UTF-8 without encoding it. */
    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private static double controlShare(byte[] content) {
        long controls = 0;
        for (byte b : content) {
            controls += isControl(b & 0xFF) ? 1 : 0;
        }
        return content.length == 0 ? 0 : controls / (double) content.length;
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] content, int value) {
        for (byte b : content) {
            if (b == value) {
                return true;
            }
        }
        return false;
    }
}
