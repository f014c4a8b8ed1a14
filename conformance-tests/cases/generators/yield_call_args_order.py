# Checks: f(a(), (yield b), c()): arguments evaluated left to right around the yield, each exactly once.
def a():
    print("a() called")
    return "A"

def c():
    print("c() called")
    return "C"

def f(*args, **kwargs):
    print("f called with", args, sorted(kwargs.items()))
    return "F"

def gen():
    r = f(a(), (yield "b"), c())
    print("result", r)
    r = f(a(), *(yield "star"), k=(yield "kw"), **{"z": c()})
    print("result", r)
    r = (yield "callee")(a(), c())
    print("result", r)
    r = a().lower((yield "method arg"))
    print("result", r)

g = gen()
print(next(g))
print(g.send("B"))
print(g.send([1, 2]))
print(g.send("K"))
print(g.send(f))
try:
    g.send("anything")
except Exception as e:
    print(type(e).__name__, e)
