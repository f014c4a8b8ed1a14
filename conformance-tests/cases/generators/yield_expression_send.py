# Checks: x = yield v receives values from send(); next() sends None; send returns the next yielded value.
def echo():
    received = []
    x = yield "ready"
    while x is not None:
        received.append(x)
        x = yield "got " + str(x)
    yield "received " + repr(received)

g = echo()
print(g.send(None))
print(g.send(1))
print(g.send("two"))
print(g.send([3]))
print(next(g))
try:
    g.send(5)
except StopIteration as e:
    print("StopIteration", e.value)

def bare():
    a = yield
    b = yield
    print("a =", a, "b =", b)

g = bare()
print(next(g))
print(g.send("A"))
try:
    g.send("B")
except StopIteration as e:
    print("done", e.value)
