# An uncaught KeyboardInterrupt: finally blocks run, except Exception does not catch it, traceback and status 130
import sys


def work(n):
    try:
        if n == 0:
            raise KeyboardInterrupt
        work(n - 1)
    finally:
        print("cleanup", n)


print("start")
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
try:
    work(2)
except Exception:
    print("not reached: KeyboardInterrupt is not an Exception")
finally:
    print("outer finally", sys.exc_info()[0].__name__)
print("not reached")
