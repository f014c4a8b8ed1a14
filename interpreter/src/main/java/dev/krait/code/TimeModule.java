package dev.krait.code;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;

import dev.krait.runtime.Arithmetic;
import dev.krait.runtime.Errors;
import dev.krait.runtime.NumberConversions;
import dev.krait.runtime.PyNone;
import dev.krait.runtime.PyStr;
import dev.krait.runtime.PyStructSeq;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.Types;

/**
 * The {@code time} module: clocks ({@code time}, {@code perf_counter}, {@code monotonic},
 * {@code process_time} and their {@code _ns} forms), {@code sleep}, and calendar time
 * ({@code gmtime}, {@code localtime}, {@code mktime}, {@code strftime}, {@code asctime},
 * {@code ctime}) over {@code time.struct_time} in the JVM's default time zone.
 */
final class TimeModule {
    private TimeModule() {}

    private static final PyStructSeq.Kind STRUCT_TIME = PyStructSeq.kind("time", "struct_time", 9,
            "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
            "tm_zone", "tm_gmtoff");

    static void install(Map<String, Object> ns, InterpreterState state) {
        ns.put("struct_time", STRUCT_TIME.type());
        StdModules.define(ns, "time()", a -> {
            Instant now = Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        });
        StdModules.define(ns, "time_ns()", a -> {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        });
        StdModules.define(ns, "perf_counter()", a -> System.nanoTime() / 1e9);
        StdModules.define(ns, "perf_counter_ns()", a -> System.nanoTime());
        StdModules.define(ns, "monotonic()", a -> System.nanoTime() / 1e9);
        StdModules.define(ns, "monotonic_ns()", a -> System.nanoTime());
        StdModules.define(ns, "process_time()", a -> processNanos() / 1e9);
        StdModules.define(ns, "process_time_ns()", a -> processNanos());
        StdModules.define(ns, "sleep(secs, /)", a -> sleep(a[0], state));
        ZoneId zone = ZoneId.systemDefault();
        int offset = zone.getRules().getStandardOffset(Instant.now()).getTotalSeconds();
        ns.put("timezone", (long) -offset);
        ns.put("altzone", (long) -offset);
        ns.put("daylight", 0L);
        String zoneName = zone.getDisplayName(TextStyle.SHORT, Locale.ROOT);
        ns.put("tzname", PyTuple.of(PyStr.of(zoneName), PyStr.of(zoneName)));
        StdModules.define(ns, "gmtime(secs=None, /)", a -> structTime(instant(a[0]).atZone(ZoneOffset.UTC)));
        StdModules.define(ns, "localtime(secs=None, /)", a -> structTime(instant(a[0]).atZone(zone)));
        StdModules.define(ns, "mktime(t, /)", a -> (double) dateTime(a[0], "mktime").atZone(zone).toEpochSecond());
        StdModules.define(ns, "asctime(t=None, /)", a -> PyStr.of(asctime(a[0] == PyNone.NONE
                ? LocalDateTime.now(zone) : dateTime(a[0], "asctime"))));
        StdModules.define(ns, "ctime(secs=None, /)", a -> PyStr.of(asctime(instant(a[0]).atZone(zone).toLocalDateTime())));
        StdModules.define(ns, "strftime(format, t=None, /)", a -> {
            if (!(a[0] instanceof PyStr format)) {
                throw Errors.typeError("strftime() argument 1 must be str, not " + Types.nameOf(a[0]));
            }
            ZonedDateTime when = a[1] == PyNone.NONE ? ZonedDateTime.now(zone) : dateTime(a[1], "strftime").atZone(zone);
            return PyStr.of(TimeFormat.strftime(format.value(), when));
        });
    }

    private static long processNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos)
                .orElseGet(() -> java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
    }

    /** Interruptible: Ctrl-C ends it with {@code KeyboardInterrupt}, as in CPython. */
    private static Object sleep(Object secs, InterpreterState state) {
        double seconds;
        if (secs instanceof Double d) {
            seconds = d;
        } else {
            seconds = Arithmetic.toDouble(NumberConversions.index(secs));
        }
        if (Double.isNaN(seconds)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
        }
        if (seconds < 0) {
            throw Errors.valueError("sleep length must be non-negative");
        }
        long nanos = (long) Math.min(seconds * 1e9, Long.MAX_VALUE);
        state.sleep(nanos);
        return PyNone.NONE;
    }

    /** Seconds since the epoch (now when None), floored to whole seconds as CPython does. */
    private static Instant instant(Object secs) {
        if (secs == PyNone.NONE) {
            return Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
        long whole;
        if (secs instanceof Double d) {
            if (Double.isNaN(d)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            if (Math.abs(d) > 1e18) {
                throw Errors.overflow("timestamp out of range for platform time_t");
            }
            whole = (long) Math.floor(d);
        } else {
            Object i = NumberConversions.index(secs);
            if (!(i instanceof Long l)) {
                throw Errors.overflow("timestamp out of range for platform time_t");
            }
            whole = l;
        }
        try {
            return Instant.ofEpochSecond(whole);
        } catch (java.time.DateTimeException e) {
            throw Errors.overflow("timestamp out of range for platform time_t");
        }
    }

    private static PyStructSeq structTime(ZonedDateTime t) {
        String zoneName = t.getZone().equals(ZoneOffset.UTC) ? "GMT"
                : t.getZone().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        return STRUCT_TIME.make((long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(),
                (long) t.getHour(), (long) t.getMinute(), (long) t.getSecond(),
                (long) t.getDayOfWeek().getValue() - 1, (long) t.getDayOfYear(), 0L, PyStr.of(zoneName),
                (long) t.getOffset().getTotalSeconds());
    }

    /** A struct_time or 9-tuple as a date and time, with CPython's range checks. */
    private static LocalDateTime dateTime(Object t, String function) {
        if (!(t instanceof PyTuple tuple)) {
            throw Errors.typeError("Tuple or struct_time argument required");
        }
        if (tuple.size() != 9) {
            throw Errors.typeError(function + "(): illegal time tuple argument");
        }
        long[] f = new long[9];
        for (int i = 0; i < 9; i++) {
            Object v = NumberConversions.index(tuple.get(i));
            if (!(v instanceof Long l)) {
                throw Errors.overflow("Python int too large to convert to C long");
            }
            f[i] = l;
        }
        int month = (int) (f[1] == 0 ? 1 : f[1]);
        if (month < 1 || month > 12) {
            throw Errors.valueError("month out of range");
        }
        int day = (int) (f[2] == 0 ? 1 : f[2]);
        if (day < 1 || day > 31) {
            throw Errors.valueError("day of month out of range");
        }
        if (f[3] < 0 || f[3] > 23) {
            throw Errors.valueError("hour out of range");
        }
        if (f[4] < 0 || f[4] > 59) {
            throw Errors.valueError("minute out of range");
        }
        if (f[5] < 0 || f[5] > 61) {
            throw Errors.valueError("seconds out of range");
        }
        LocalDateTime start = LocalDateTime.of((int) f[0], month, 1, (int) f[3], (int) f[4], 0);
        return start.plusDays(day - 1).plusSeconds(f[5]);
    }

    static String asctime(LocalDateTime t) {
        String day = t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        String month = t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return String.format("%s %s %2d %02d:%02d:%02d %d", day, month, t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), t.getYear());
    }

    /** {@code time.strftime}'s directives. */
    static final class TimeFormat {
        private TimeFormat() {}

        /** C's strftime in the C locale for the directives glibc knows; others are copied as written. */
        static String strftime(String format, ZonedDateTime t) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < format.length(); i++) {
                char c = format.charAt(i);
                if (c != '%' || i + 1 == format.length()) {
                    out.append(c);
                    continue;
                }
                char d = format.charAt(++i);
                String piece = directive(d, t);
                out.append(piece == null ? "%" + d : piece);
            }
            return out.toString();
        }

        private static String directive(char d, ZonedDateTime t) {
            int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
            return switch (d) {
                case 'Y' -> Integer.toString(t.getYear());
                case 'C' -> two(t.getYear() / 100);
                case 'y' -> two(t.getYear() % 100);
                case 'm' -> two(t.getMonthValue());
                case 'd' -> two(t.getDayOfMonth());
                case 'e' -> String.format("%2d", t.getDayOfMonth());
                case 'H' -> two(t.getHour());
                case 'k' -> String.format("%2d", t.getHour());
                case 'I' -> two(hour12);
                case 'l' -> String.format("%2d", hour12);
                case 'M' -> two(t.getMinute());
                case 'S' -> two(t.getSecond());
                case 'p' -> t.getHour() < 12 ? "AM" : "PM";
                case 'j' -> String.format("%03d", t.getDayOfYear());
                case 'a' -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                case 'A' -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case 'b', 'h' -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                case 'B' -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case 'w' -> Integer.toString(t.getDayOfWeek().getValue() % 7);
                case 'u' -> Integer.toString(t.getDayOfWeek().getValue());
                case 'U' -> two((t.getDayOfYear() + 6 - t.getDayOfWeek().getValue() % 7) / 7);
                case 'W' -> two((t.getDayOfYear() + 6 - (t.getDayOfWeek().getValue() + 6) % 7) / 7);
                case 'G' -> Integer.toString(t.get(IsoFields.WEEK_BASED_YEAR));
                case 'V' -> two(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case 'Z' -> t.getZone().equals(ZoneOffset.UTC) ? "UTC" : t.getZone().getDisplayName(TextStyle.SHORT, Locale.ROOT);
                case 'z' -> offset(t.getOffset().getTotalSeconds());
                case 's' -> Long.toString(t.toEpochSecond());
                case 'c' -> asctime(t.toLocalDateTime());
                case 'x', 'D' -> two(t.getMonthValue()) + "/" + two(t.getDayOfMonth()) + "/" + two(t.getYear() % 100);
                case 'X', 'T' -> two(t.getHour()) + ":" + two(t.getMinute()) + ":" + two(t.getSecond());
                case 'R' -> two(t.getHour()) + ":" + two(t.getMinute());
                case 'F' -> t.getYear() + "-" + two(t.getMonthValue()) + "-" + two(t.getDayOfMonth());
                case 'n' -> "\n";
                case 't' -> "\t";
                case '%' -> "%";
                default -> null;
            };
        }

        private static String two(int v) {
            return String.format("%02d", v);
        }

        private static String offset(int seconds) {
            int minutes = Math.abs(seconds) / 60;
            return (seconds < 0 ? "-" : "+") + two(minutes / 60) + two(minutes % 60);
        }
    }
}
