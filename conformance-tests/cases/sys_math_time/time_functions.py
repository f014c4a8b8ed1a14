# Checks: time.time/perf_counter/monotonic return floats that never go backwards; sleep waits at least roughly the time (only relations printed).
import time
t1 = time.perf_counter()
m1 = time.monotonic()
w1 = time.time()
total = 0
for i in range(100000):
    total += i
time.sleep(0.05)
t2 = time.perf_counter()
m2 = time.monotonic()
w2 = time.time()
print(total, t2 >= t1, m2 >= m1, w2 >= w1, t2 - t1 >= 0.04, m2 - m1 >= 0.04)
print(type(t1).__name__, type(m1).__name__, type(w1).__name__, w1 > 1.6e9)
ns = time.perf_counter_ns()
print(type(ns).__name__, time.perf_counter_ns() >= ns, time.monotonic_ns() > 0)
time.sleep(0)
print("slept zero")
