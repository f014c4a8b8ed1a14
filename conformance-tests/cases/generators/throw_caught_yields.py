# Checks: a thrown exception caught inside the generator: throw() returns the next yielded value; state is kept.
def counter():
    n = 0
    while True:
        try:
            n += 1
            got = yield n
            print("resumed with", got)
        except ArithmeticError as e:
            print("handled", type(e).__name__, e, "at n =", n)
            n *= 10

g = counter()
print(next(g))
print(g.throw(ZeroDivisionError("zde")))
print(g.send("s1"))
print(g.throw(OverflowError, "ovf"))
try:
    g.throw(KeyError, "not arithmetic")
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("generator finished after propagation")
