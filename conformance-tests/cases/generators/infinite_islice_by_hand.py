# Checks: infinite generators consumed partially with a hand-written islice/takewhile; they stay resumable.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    it = iter(it)
    for _ in range(n):
        yield next(it)

def islice(it, start, stop, step=1):
    i = 0
    for v in it:
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield v
        i += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

print(list(take(5, naturals())))
print(list(islice(naturals(), 3, 20, 4)))
print(list(take(15, fib())))
print(list(take(10, primes())))
nat = naturals(100)
print(list(take(3, nat)), list(take(3, nat)))
big = fib()
for _ in range(200):
    v = next(big)
print(v)
