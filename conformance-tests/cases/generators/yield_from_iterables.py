# Checks: yield from works on any iterable: list, tuple, range, str, dict (keys), set of small ints, bytes, iterator objects.
def g(it):
    r = yield from it
    print("returned", r)

print(list(g([1, 2, 3])))
print(list(g((4, 5))))
print(list(g(range(2, 10, 3))))
print(list(g("hey")))
print(list(g({"k1": 1, "k2": 2})))
print(list(g({3, 1, 2})))
print(list(g(b"AB")))
print(list(g(iter([7, 8]))))
print(list(g(enumerate("xy"))))
print(list(g(zip("ab", [1, 2]))))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("custom value")
        self.n -= 1
        return self.n

print(list(g(Countdown(3))))

try:
    list(g(5))
except Exception as e:
    print(type(e).__name__, e)
try:
    list(g(None))
except Exception as e:
    print(type(e).__name__, e)
