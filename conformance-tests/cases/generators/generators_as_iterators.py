# Checks: generators consumed by for loops, list(), tuple(), sum(), zip(), enumerate(), sorted(), unpacking, in.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

for v in count(3):
    print("for", v)
print(list(count(4)), tuple(count(2)), set(count(3)))
print(sum(count(101)), min(count(5)), max(count(5)))
print(list(zip(count(3), "abcdef", count(10))))
print(list(enumerate(count(3), start=1)))
print(sorted(count(4), reverse=True))
a, b, *rest = count(5)
print(a, b, rest)
print(3 in count(10), 30 in count(10))
g = count(10)
print(5 in g, next(g))
print(dict(zip(count(3), count(3))))
print(list(map(str, count(3))), list(filter(None, count(4))))
print(" ".join(reversed(list(map(str, count(4))))))
first, second = (x for x in "xy")
print(first, second)
try:
    p, q = count(3)
except ValueError as e:
    print(type(e).__name__, e)
