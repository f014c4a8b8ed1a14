# Checks: __name__ and __qualname__ of generator objects come from the function; they can be reassigned; bad types rejected.
def top():
    yield

class Outer:
    def meth(self):
        yield
    class Inner:
        @staticmethod
        def sm():
            yield

def factory():
    def local():
        yield
    return local()

def makes_genexp():
    return (x for x in ())

for g in [top(), Outer().meth(), Outer.Inner.sm(), factory(), (x for x in ()), makes_genexp()]:
    print(g.__name__, "|", g.__qualname__)

g = top()
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__, top.__name__, g.gi_code.co_name)
try:
    g.__name__ = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    g.__qualname__ = None
except Exception as e:
    print(type(e).__name__, e)
try:
    del g.__name__
except Exception as e:
    print(type(e).__name__, e)
top.__name__ = "changed_func"
print(top().__name__)
