# Checks: a bare next() on an exhausted iterator inside a generator is a RuntimeError, not a silent end.
def first_items(iterables):
    for it in iterables:
        yield next(iter(it))

print(list(first_items([[1], [2, 3]])))
try:
    print(list(first_items([[1], [], [3]])))
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)

def safe_first(iterables):
    for it in iterables:
        v = next(iter(it), None)
        if v is None:
            return
        yield v

print(list(safe_first([[1], [], [3]])))

def pairs(seq):
    it = iter(seq)
    while True:
        try:
            a = next(it)
            b = next(it)
        except StopIteration:
            return
        yield a, b

print(list(pairs(range(5))))
