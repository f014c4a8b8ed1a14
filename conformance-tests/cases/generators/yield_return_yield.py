# Checks: return (yield), return (yield x) + 1, and yield inside return expressions of nested calls.
def echo_once():
    return (yield "give me")

g = echo_once()
print(next(g))
try:
    g.send("the value")
except StopIteration as e:
    print("returned", e.value)

def plus_one():
    return (yield 1) + (yield 2)

g = plus_one()
print(next(g), g.send(10))
try:
    g.send(20)
except StopIteration as e:
    print("returned", e.value)

def in_try():
    try:
        return (yield "try")
    finally:
        print("finally after return value computed")

g = in_try()
next(g)
try:
    g.send("v")
except StopIteration as e:
    print("returned", e.value)

def yield_yield():
    x = yield (yield "inner")
    print("x =", x)

g = yield_yield()
print(next(g))
print(g.send("sent to inner"))
try:
    g.send("sent to outer")
except StopIteration:
    pass
