package dev.krait.runtime;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A file opened in text mode by {@code open()}: reading gives the whole decoded text with
 * universal newlines ({@code \r\n} and {@code \r} become {@code \n}); writing collects text
 * and stores it on {@code close()}/{@code flush()}. Good for the scripts of the language core;
 * streaming and binary files come with the {@code io} module.
 */
public final class PyTextFile extends PyObject {
    private final String name;
    private final String mode;
    private final Path path;
    private final Charset charset;
    private String text;
    private int position;
    private final StringBuilder pending = new StringBuilder();
    private boolean closed;

    private PyTextFile(String name, String mode, Path path, Charset charset) {
        this.name = name;
        this.mode = mode;
        this.path = path;
        this.charset = charset;
    }

    /** {@code open(file, mode, encoding)} for text modes r, w, a, x (with an optional +). */
    public static PyTextFile open(String name, String mode, Charset charset) {
        Path path = Path.of(name);
        PyTextFile f = new PyTextFile(name, mode, path, charset);
        try {
            char kind = mode.charAt(0);
            if (kind == 'r') {
                f.text = normalize(new String(Files.readAllBytes(path), charset));
            } else if (kind == 'w') {
                Files.write(path, new byte[0]);
            } else if (kind == 'x') {
                Files.write(path, new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } else if (kind == 'a' && !Files.exists(path)) {
                Files.write(path, new byte[0]);
            }
        } catch (IOException e) {
            throw osError(e, name);
        }
        return f;
    }

    private static String normalize(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    static PyException osError(IOException e, String name) {
        PyType type;
        int errno;
        String message;
        if (e instanceof NoSuchFileException) {
            type = ExceptionTypes.FILE_NOT_FOUND_ERROR;
            errno = 2;
            message = "No such file or directory";
        } else if (e instanceof FileAlreadyExistsException) {
            type = ExceptionTypes.FILE_EXISTS_ERROR;
            errno = 17;
            message = "File exists";
        } else if (e instanceof AccessDeniedException) {
            type = ExceptionTypes.PERMISSION_ERROR;
            errno = 13;
            message = "Permission denied";
        } else if (Files.isDirectory(Path.of(name))) {
            type = ExceptionTypes.IS_A_DIRECTORY_ERROR;
            errno = 21;
            message = "Is a directory";
        } else {
            type = ExceptionTypes.OS_ERROR;
            errno = 5;
            message = String.valueOf(e.getMessage());
        }
        return new PyException(ExceptionInit.osError(type, errno, message, name));
    }

    private void checkOpen() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }

    private void checkReadable() {
        checkOpen();
        if (text == null) {
            throw Errors.of(ExceptionTypes.OS_ERROR, "not readable");
        }
    }

    String read(long size) {
        checkReadable();
        int end = size < 0 ? text.length() : (int) Math.min(text.length(), position + size);
        String r = text.substring(position, end);
        position = end;
        return r;
    }

    String readline() {
        checkReadable();
        int nl = text.indexOf('\n', position);
        int end = nl < 0 ? text.length() : nl + 1;
        String r = text.substring(position, end);
        position = end;
        return r;
    }

    List<Object> readlines() {
        List<Object> lines = new ArrayList<>();
        for (String line = readline(); !line.isEmpty(); line = readline()) {
            lines.add(PyStr.of(line));
        }
        return lines;
    }

    long write(String s) {
        checkOpen();
        if (text != null && mode.indexOf('+') < 0) {
            throw Errors.of(ExceptionTypes.OS_ERROR, "not writable");
        }
        pending.append(s);
        return s.codePointCount(0, s.length());
    }

    void flush() {
        if (pending.length() == 0) {
            return;
        }
        try {
            Files.write(path, pending.toString().getBytes(charset), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw osError(e, name);
        }
        pending.setLength(0);
    }

    void close() {
        if (!closed) {
            flush();
            closed = true;
        }
    }

    boolean closed() {
        return closed;
    }

    String name() {
        return name;
    }

    String mode() {
        return mode;
    }

    @Override
    public PyType type() {
        return Types.TEXT_IO;
    }

    @Override
    public String toString() {
        return "<_io.TextIOWrapper name=" + Ops.repr(PyStr.of(name)) + " mode=" + Ops.repr(PyStr.of(mode))
                + " encoding='" + (charset == StandardCharsets.UTF_8 ? "utf-8" : charset.name().toLowerCase()) + "'>";
    }
}
