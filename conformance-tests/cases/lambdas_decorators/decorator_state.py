# Checks: decorators keeping state: call counters, memoization with a dict, and decorator classes with __call__.
def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@count_calls
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.calls)
class Trace:
    def __init__(self, fn):
        self.fn = fn
        self.log = []
    def __call__(self, *args):
        self.log.append(args)
        return self.fn(*args)
@Trace
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.log, type(add).__name__)
