package dev.krait.runtime;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The builtin {@code open()}: CPython's checks of mode, buffering, encoding, errors and newline
 * (with its messages, in its order), then a {@link PyBinaryFile} over the opened file and, in
 * text mode, a {@link PyTextFile} over that. Failures of the file system become the
 * {@code OSError} subclass CPython raises, with errno, strerror and filename.
 */
public final class FileOpen {
    private FileOpen() {}

    /** The Python signature of {@code open()}. */
    public static final String SIGNATURE =
            "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)";

    /** {@code open(...)} with the arguments bound to {@link #SIGNATURE}. */
    public static Object open(Object[] a) {
        if (!(a[1] instanceof PyStr modeArg)) {
            throw Errors.typeError("open() argument 'mode' must be str, not " + Types.nameOf(a[1]));
        }
        Object bufferingInt = Arithmetic.asInt(a[2]);
        if (bufferingInt == null) {
            throw Errors.typeError("'" + Types.nameOf(a[2]) + "' object cannot be interpreted as an integer");
        }
        String encoding = optionalStr(a[3], "encoding");
        String errors = optionalStr(a[4], "errors");
        String newline = optionalStr(a[5], "newline");
        long buffering = bufferingInt instanceof Long l ? l : Long.MAX_VALUE;
        String mode = modeArg.value();
        boolean creating = false;
        boolean reading = false;
        boolean writing = false;
        boolean appending = false;
        boolean updating = false;
        boolean text = false;
        boolean binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("xrwa+tb".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw Errors.valueError("invalid mode: '" + mode + "'");
            }
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                default -> binary = true;
            }
        }
        if (text && binary) {
            throw Errors.valueError("can't have text and binary mode at once");
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) {
            throw Errors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) {
            throw Errors.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw Errors.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw Errors.valueError("binary mode doesn't take a newline argument");
        }
        if (a[7] != PyNone.NONE) {
            throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "Krait cannot open files through an opener yet");
        }
        Object name = a[0];
        String path = path(name);
        if (kinds == 0) {
            throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (!Ops.isTrue(a[6])) {
            throw Errors.valueError("Cannot use closefd=False with file name");
        }
        boolean readable = reading || updating;
        boolean writable = !reading || updating;
        String rawMode = creating ? (readable ? "xb+" : "xb") : appending ? (readable ? "ab+" : "ab")
                : reading ? (updating ? "rb+" : "rb") : (updating ? "rb+" : "wb");
        ByteStore store = openStore(path, name, creating, reading, writing, appending, updating);
        PyBinaryFile.Kind kind = buffering == 0 ? PyBinaryFile.Kind.RAW
                : readable && writable ? PyBinaryFile.Kind.RANDOM
                : readable ? PyBinaryFile.Kind.READER : PyBinaryFile.Kind.WRITER;
        PyBinaryFile file = new PyBinaryFile(kind, store, name, rawMode, readable, writable, appending);
        if (appending) {
            file.seek(0, 2);
        }
        if (binary) {
            return file;
        }
        if (buffering == 0) {
            file.close();
            throw Errors.valueError("can't have unbuffered text I/O");
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: " + newline);
        }
        String codec = encoding == null ? "utf-8" : Codecs.normalizeEncoding(encoding);
        if (!TextDecoder.supports(codec)) {
            file.close();
            throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "Krait cannot open text files with encoding '" + encoding + "' yet");
        }
        return new PyTextFile(file, mode, encoding == null ? "UTF-8" : encoding, codec,
                errors == null ? "strict" : errors, newline, buffering == 1);
    }

    private static String optionalStr(Object o, String argument) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("open() argument '" + argument + "' must be str or None, not " + Types.nameOf(o));
        }
        return s.value();
    }

    /** The file system path of {@code open()}'s first argument. */
    private static String path(Object file) {
        String path;
        if (file instanceof PyStr s) {
            path = s.value();
        } else if (file instanceof PyBytes b) {
            path = new String(b.data(), StandardCharsets.UTF_8);
        } else if (Arithmetic.isInt(file)) {
            throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "Krait cannot open file descriptors yet");
        } else {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + Types.nameOf(file));
        }
        if (path.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null " + (file instanceof PyStr ? "character" : "byte"));
        }
        return path;
    }

    private static ByteStore openStore(String path, Object name, boolean creating, boolean reading, boolean writing,
            boolean appending, boolean updating) {
        Set<OpenOption> options = new HashSet<>();
        if (reading || updating) {
            options.add(StandardOpenOption.READ);
        }
        if (!reading || updating) {
            options.add(StandardOpenOption.WRITE);
        }
        if (writing) {
            options.add(StandardOpenOption.CREATE);
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        } else if (appending) {
            options.add(StandardOpenOption.CREATE);
        } else if (creating) {
            options.add(StandardOpenOption.CREATE_NEW);
        }
        try {
            Path p = Path.of(path);
            if (!creating && Files.isDirectory(p)) {
                throw osError(21, "Is a directory", name);
            }
            return new ByteStore.Channel(FileChannel.open(p, options));
        } catch (InvalidPathException e) {
            throw osError(2, "No such file or directory", name);
        } catch (IOException e) {
            throw osError(e, name);
        } catch (UnsupportedOperationException | SecurityException e) {
            throw osError(13, "Permission denied", name);
        }
    }

    private static PyException osError(long errno, String strerror, Object name) {
        return new PyException(ExceptionInit.create(ExceptionTypes.OS_ERROR, errno, PyStr.of(strerror), name));
    }

    /** The OSError (subclass) CPython raises where Java failed with {@code e}. */
    static PyException osError(IOException e, Object name) {
        if (e instanceof NoSuchFileException) {
            return osError(2, "No such file or directory", name);
        }
        if (e instanceof FileAlreadyExistsException) {
            return osError(17, "File exists", name);
        }
        if (e instanceof AccessDeniedException) {
            return osError(13, "Permission denied", name);
        }
        if (e instanceof NotDirectoryException) {
            return osError(20, "Not a directory", name);
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason != null) {
            switch (reason) {
                case "Not a directory" -> { return osError(20, reason, name); }
                case "Is a directory" -> { return osError(21, reason, name); }
                case "Read-only file system" -> { return osError(30, reason, name); }
                case "No space left on device" -> { return osError(28, reason, name); }
                case "Too many open files" -> { return osError(24, reason, name); }
                case "File name too long" -> { return osError(36, reason, name); }
                default -> { }
            }
        }
        return osError(5, reason == null ? "Input/output error" : reason, name);
    }
}
