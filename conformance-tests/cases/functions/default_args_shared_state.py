# Checks: default arguments used as memoization caches and counters persist across calls.
def counter(_state={"n": 0}):
    _state["n"] += 1
    return _state["n"]
print(counter(), counter(), counter())
def memo_fib(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return _cache[n]
print(memo_fib(80), len(memo_fib.__defaults__[0]))
