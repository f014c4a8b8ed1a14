package dev.krait.syntax;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a source file into text as CPython does: UTF-8 by default, a UTF-8
 * byte order mark, or a PEP 263 coding declaration ({@code # -*- coding: latin-1 -*-}) on
 * one of the first two lines.
 */
public final class SourceDecoder {
    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private SourceDecoder() {}

    /** Decodes {@code bytes}; a bad encoding is a {@link PythonSyntaxError}. */
    public static String decode(byte[] bytes, String filename) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        Charset charset = StandardCharsets.UTF_8;
        String declared = declaredEncoding(bytes, start);
        if (declared != null) {
            String normal = declared.toLowerCase(Locale.ROOT).replace('_', '-');
            if (bom && !(normal.equals("utf-8") || normal.startsWith("utf-8-"))) {
                throw new PythonSyntaxError("SyntaxError", "encoding problem: " + canonicalName(normal) + " with BOM",
                        filename,
                        0, -1, 0, 0, null);
            }
            charset = lookup(normal);
            if (charset == null) {
                throw new PythonSyntaxError("SyntaxError", "unknown encoding: " + declared, filename, 0, -1, 0, 0,
                        null);
            }
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            int position = firstBadByte(bytes, start);
            String line = lineNumberAt(bytes, position);
            throw new PythonSyntaxError("SyntaxError", "(unicode error) '" + pythonName(charset)
                    + "' codec can't decode byte 0x" + String.format("%02x", bytes[position] & 0xFF)
                    + " in position " + (position - start) + ": invalid start byte", filename,
                    Integer.parseInt(line), 0, 0, 0, null);
        }
    }

    private static String declaredEncoding(byte[] bytes, int start) {
        int lineStart = start;
        for (int lineNo = 0; lineNo < 2 && lineStart < bytes.length; lineNo++) {
            int end = lineStart;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            String line = new String(bytes, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
            Matcher m = CODING.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
            if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                return null; // only comment or blank lines may carry or precede the declaration
            }
            lineStart = end + 1;
            if (end < bytes.length && bytes[end] == '\r' && end + 1 < bytes.length && bytes[end + 1] == '\n') {
                lineStart++;
            }
        }
        return null;
    }

    private static Charset lookup(String name) {
        if (name.equals("utf-8") || name.startsWith("utf-8-") || name.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (name.equals("latin-1") || name.startsWith("iso-latin-1") || name.equals("latin1")
                || name.startsWith("iso-8859-1-")) {
            return StandardCharsets.ISO_8859_1;
        }
        try {
            return Charset.forName(name.startsWith("cp") ? "windows-" + name.substring(2) : name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The name Python's codec registry reports for a declared encoding. */
    private static String canonicalName(String normal) {
        if (normal.equals("latin-1") || normal.equals("latin1") || normal.startsWith("iso-latin-1")
                || normal.equals("l1")) {
            return "iso-8859-1";
        }
        return normal;
    }

    private static String pythonName(Charset charset) {
        return charset == StandardCharsets.UTF_8 ? "utf-8" : charset.name().toLowerCase(Locale.ROOT);
    }

    private static int firstBadByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int lo = start;
        int hi = bytes.length;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, start, mid - start));
                lo = mid;
            } catch (CharacterCodingException e) {
                hi = mid;
            }
        }
        return lo;
    }

    private static String lineNumberAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return Integer.toString(line);
    }
}
