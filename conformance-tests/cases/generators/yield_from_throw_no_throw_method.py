# Checks: throw()/close() into yield from over an iterator without throw/close: raised in the delegating generator.
def outer(it):
    try:
        yield from it
    except ValueError as e:
        print("outer caught", e)
        yield "handled"
    finally:
        print("outer finally")

g = outer(iter(range(10)))
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g, "exhausted"))

g = outer(iter(range(10)))
print(next(g))
g.close()
print("closed")

class Thrower:
    def __iter__(self):
        return self
    def __next__(self):
        return "tick"
    def throw(self, *args):
        print("Thrower.throw got", [type(a).__name__ for a in args])
        return "thrower resumed"
    def close(self):
        print("Thrower.close called")

g = outer(Thrower())
print(next(g))
print(g.throw(ValueError("x")))
print(g.throw(ValueError, ValueError("y")))
g.close()
