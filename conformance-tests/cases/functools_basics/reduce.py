# Checks: functools.reduce: left fold, the initial value, one-element and empty iterables, iterators and generators-free iterables, CPython's TypeError messages for bad arguments, exceptions from the function
from functools import reduce

def add(a, b):
    return a + b

print(reduce(add, [1, 2, 3, 4]))
print(reduce(add, [1, 2, 3, 4], 100))
print(reduce(lambda acc, x: acc + [x * 2], range(4), []))
print(reduce(add, ["a", "b", "c"]))
print(reduce(add, [7]))
print(reduce(add, [], "initial"))
print(reduce(add, [], None))
print(reduce(lambda a, b: (a, b), "abcd"))
print(reduce(max, iter([3, 9, 2])))
print(reduce(add, {1: "x", 2: "y"}))
print(reduce(lambda a, b: a * b, range(1, 21)))

for args in [(), (add,), (add, [1], 0, 1)]:
    try:
        reduce(*args)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    reduce(add, [])
except TypeError as e:
    print(type(e).__name__, e)

try:
    reduce(add, 5)
except TypeError as e:
    print(type(e).__name__, e)

try:
    reduce(add, [1, 2], initial=0)
except TypeError as e:
    print(type(e).__name__, e)

try:
    reduce(add, [1, "x"])
except TypeError as e:
    print(type(e).__name__, e)

try:
    reduce(None, [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(reduce(None, [1]))

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, a, b):
        self.calls += 1
        return a - b
c = Counter()
print(reduce(c, [10, 1, 2, 3]), c.calls)

# An exception from the iterator propagates.
class Bad:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("iteration failed")
try:
    reduce(add, Bad(), 0)
except ValueError as e:
    print(type(e).__name__, e)
