# Checks: iter() over builtins, iter(callable, sentinel), next() with default, StopIteration when exhausted.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = ["a", "b", "", "c"]
pos = [0]
def read():
    v = lines[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, "")))
print(list(iter("hi")), list(iter({"k": 1})), list(iter(range(2))))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
