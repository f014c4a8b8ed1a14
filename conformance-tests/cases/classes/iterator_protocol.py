# Checks: __iter__/__next__ iterator classes, StopIteration ends for-loops, iter() on iterators returns them.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(3)
print(iter(c) is c, next(c), next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration as e:
    print(type(e).__name__, repr(e))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Countdown(self.n)
r = Range2(3)
print(list(r), list(r), sum(r), sorted(r), [x * 2 for x in r], dict(zip(r, "abc")))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
