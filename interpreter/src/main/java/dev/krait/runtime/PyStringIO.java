package dev.krait.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code io.StringIO}: an in-memory text stream. The text is kept as code points, so positions
 * ({@code tell()}, {@code seek()}) count characters as CPython's do. {@code newline} works as for
 * text files, except that {@code None} translates {@code \r\n} and {@code \r} to {@code \n}
 * when writing, and the default is {@code '\n'} (no translation).
 */
public final class PyStringIO extends PyIOBase {
    private int[] text = new int[16];
    private int size;
    private int position;
    private boolean closed;
    /** null: universal newlines; otherwise "", "\n", "\r" or "\r\n". */
    private final String newline;
    private int seen;

    PyStringIO(String initial, String newline) {
        this.newline = newline;
        if (initial != null && !initial.isEmpty()) {
            write(initial);
            position = 0;
        }
    }

    /** {@code StringIO(initial_value='', newline='\n')}. */
    static PyStringIO construct(Object[] a) {
        if (a[1] != PyNone.NONE && !(a[1] instanceof PyStr)) {
            throw Errors.typeError("newline must be str or None, not " + Types.nameOf(a[1]));
        }
        String nl = a[1] instanceof PyStr s ? s.value() : null;
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: " + Ops.repr(a[1]));
        }
        if (a[0] != PyNone.NONE && !(a[0] instanceof PyStr)) {
            throw Errors.typeError("initial_value must be str or None, not " + Types.nameOf(a[0]));
        }
        return new PyStringIO(a[0] instanceof PyStr s ? s.value() : null, nl);
    }

    void check(boolean dot) {
        if (closed) {
            throw Errors.valueError(dot ? "I/O operation on closed file." : "I/O operation on closed file");
        }
    }

    /** {@code write(s)}: the number of characters given. */
    long write(String s) {
        check(false);
        String t = s;
        if (newline == null) {
            if (t.indexOf('\r') >= 0) {
                t = t.replace("\r\n", "\n").replace('\r', '\n');
            }
        } else if ((newline.equals("\r") || newline.equals("\r\n")) && t.indexOf('\n') >= 0) {
            t = t.replace("\n", newline);
        }
        noteNewlines(s);
        int[] cps = t.codePoints().toArray();
        if ((long) position + cps.length > Integer.MAX_VALUE - 8) {
            throw new PyException(ExceptionInit.create(ExceptionTypes.MEMORY_ERROR));
        }
        int end = position + cps.length;
        if (end > text.length) {
            try {
                text = Arrays.copyOf(text, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(end, text.length * 2L)));
            } catch (OutOfMemoryError e) {
                throw new PyException(ExceptionInit.create(ExceptionTypes.MEMORY_ERROR));
            }
        }
        if (position > size) {
            Arrays.fill(text, size, position, 0);
        }
        System.arraycopy(cps, 0, text, position, cps.length);
        position = end;
        size = Math.max(size, end);
        return s.codePointCount(0, s.length());
    }

    private void noteNewlines(String s) {
        if (newline != null && !newline.isEmpty()) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                boolean crlf = i + 1 < s.length() && s.charAt(i + 1) == '\n';
                seen |= crlf ? 4 : 2;
                i += crlf ? 1 : 0;
            } else if (c == '\n') {
                seen |= 1;
            }
        }
    }

    String read(long n) {
        check(false);
        int end = n < 0 ? size : (int) Math.min(size, Math.max(position, position + n));
        return take(end);
    }

    private String take(int end) {
        if (position >= end) {
            return "";
        }
        String r = new String(text, position, end - position);
        position = end;
        return r;
    }

    String readline(long limit) {
        check(false);
        return line(limit);
    }

    private String line(long limit) {
        int stop = limit < 0 ? size : (int) Math.min(size, Math.max(position, position + limit));
        int i = position;
        while (i < stop) {
            int c = text[i++];
            if (newline == null || newline.equals("\n")) {
                if (c == '\n') {
                    break;
                }
            } else if (newline.equals("\r")) {
                if (c == '\r') {
                    break;
                }
            } else if (newline.equals("\r\n")) {
                if (c == '\r' && i < stop && text[i] == '\n') {
                    i++;
                    break;
                }
            } else if (c == '\n') {
                break;
            } else if (c == '\r') {
                if (i < stop && text[i] == '\n') {
                    i++;
                }
                break;
            }
        }
        return take(i);
    }

    List<Object> readlines(long hint) {
        check(true);
        check(false);
        List<Object> lines = new ArrayList<>();
        long total = 0;
        for (String line = line(-1); !line.isEmpty(); line = line(-1)) {
            lines.add(PyStr.of(line));
            total += line.codePointCount(0, line.length());
            if (hint > 0 && total >= hint) {
                break;
            }
        }
        return lines;
    }

    @Override
    Object nextLine() {
        check(false);
        String line = line(-1);
        return line.isEmpty() ? null : PyStr.of(line);
    }

    long seek(long pos, long whence) {
        check(false);
        if (whence < 0 || whence > 2) {
            throw Errors.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (pos < 0 && whence == 0) {
            throw Errors.valueError("Negative seek position " + pos);
        }
        if (whence != 0 && pos != 0) {
            throw Errors.of(ExceptionTypes.OS_ERROR, whence == 1 ? "Can't do nonzero cur-relative seeks"
                    : "Can't do nonzero end-relative seeks");
        }
        if (pos > Integer.MAX_VALUE - 8) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        position = whence == 2 ? size : whence == 1 ? position : (int) pos;
        return position;
    }

    long tell() {
        check(false);
        return position;
    }

    long truncate(Long at) {
        check(false);
        long n = at == null ? position : at;
        if (n < 0) {
            throw Errors.valueError("Negative size value " + n);
        }
        if (n < size) {
            size = (int) n;
        }
        return n;
    }

    String getvalue() {
        check(false);
        return new String(text, 0, size);
    }

    void close() {
        closed = true;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    String newlineMode() {
        return newline;
    }

    /** {@code newlines}: the kinds of line end written so far, in the universal modes. */
    Object newlines() {
        if (newline != null && !newline.isEmpty()) {
            return PyNone.NONE;
        }
        List<Object> kinds = new ArrayList<>();
        if ((seen & 2) != 0) {
            kinds.add(PyStr.of("\r"));
        }
        if ((seen & 1) != 0) {
            kinds.add(PyStr.of("\n"));
        }
        if ((seen & 4) != 0) {
            kinds.add(PyStr.of("\r\n"));
        }
        return kinds.isEmpty() ? PyNone.NONE : kinds.size() == 1 ? kinds.get(0) : PyTuple.wrap(kinds.toArray());
    }

    @Override
    public PyType type() {
        return IoTypes.STRING_IO;
    }

    @Override
    public String toString() {
        return "<_io.StringIO object at " + address() + ">";
    }
}
