# Checks: inspect.isgenerator / isgeneratorfunction on generators, genexps, functions, lambdas with yield, methods.
import inspect

def gen():
    yield

def plain():
    return 1

class C:
    def meth(self):
        yield self

print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(plain))
print(inspect.isgeneratorfunction(lambda: (yield)), inspect.isgeneratorfunction(C.meth), inspect.isgeneratorfunction(C().meth))
print(inspect.isgenerator(gen()), inspect.isgenerator(gen), inspect.isgenerator((i for i in [])))
print(inspect.isgenerator(iter([1])), inspect.isgenerator(range(3)))
print(inspect.iscoroutine(gen()), inspect.isawaitable(gen()))
print(inspect.isgeneratorfunction(gen()), inspect.isgenerator(C().meth()))
