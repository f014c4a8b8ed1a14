# Checks: yields inside with inside try inside while with throw() at each point: __exit__ and handlers run once each.
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
    def __exit__(self, et, ev, tb):
        print("exit", self.tag, et.__name__ if et else None)
        return False

def gen():
    n = 0
    while n < 3:
        n += 1
        try:
            with CM(n):
                try:
                    yield "in with " + str(n)
                except KeyError:
                    print("inner except", n)
                    yield "inner except yield " + str(n)
            print("after with", n)
        except ValueError:
            print("outer except", n)
            yield "outer except yield " + str(n)
        print("loop end", n)

g = gen()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
print(g.throw(KeyError("k2")))
print(g.throw(ValueError("v2")))
try:
    next(g)
except StopIteration:
    print("finished")
