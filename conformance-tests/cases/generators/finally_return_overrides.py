# Checks: return inside finally of a generator overrides an exception or an earlier return; close() with return in finally.
def swallow():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "finally wins"

g = swallow()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
except ValueError:
    print("not expected")

def override():
    try:
        yield 1
        return "from try"
    finally:
        return "from finally"

g = override()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def close_swallowed():
    try:
        yield 1
    finally:
        print("finally returns during close")
        return "ignored"

g = close_swallowed()
next(g)
print("close ->", g.close())

def thrown_swallowed():
    try:
        yield 1
    finally:
        return "absorbed throw"

g = thrown_swallowed()
next(g)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("throw -> StopIteration", e.value)
