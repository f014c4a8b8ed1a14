# Checks: time.gmtime/struct_time fields, strftime of fixed times, asctime, integer clocks and sleep errors (no current times printed).
import time
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_wday, t.tm_yday, t.tm_zone, len(t), t[:3], isinstance(t, tuple))
b = time.gmtime(1000000000.75)
print(time.strftime("%Y-%m-%d %H:%M:%S", b), time.strftime("%a %A %b %B %j %p %I %y %%", b))
print(time.strftime("%w %U %W %D %T %F %R %e|%k|%l", b), time.asctime(b), time.asctime(time.gmtime(-86400 * 365)))
print(time.gmtime(-1.5)[:6], time.gmtime(1.9).tm_sec, time.strftime("%Y/%m/%d", (2024, 2, 29, 13, 5, 9, 0, 60, 0)))
now_ns = time.time_ns()
print(type(now_ns).__name__, type(time.monotonic_ns()).__name__, type(time.process_time()).__name__)
print(abs(now_ns / 1e9 - time.time()) < 5, time.process_time_ns() >= 0, time.gmtime().tm_year >= 2024)
for bad in [-1, "x", float("nan")]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.gmtime(1e20)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    time.asctime((1, 2))
except TypeError as e:
    print(type(e).__name__, e)
