# Checks: types.GeneratorType matches generator objects and genexps; functions and iterators are not generators.
import types

def gen():
    yield

g = gen()
print(isinstance(g, types.GeneratorType))
print(isinstance((x for x in []), types.GeneratorType))
print(isinstance(gen, types.GeneratorType))
print(isinstance(iter([]), types.GeneratorType))
print(types.GeneratorType is type(g), types.GeneratorType.__name__)

@types.coroutine
def gen_coro():
    yield "from types.coroutine"

c = gen_coro()
print(type(c).__name__, isinstance(c, types.GeneratorType))
print(next(c))
print(types.coroutine(gen) is gen)
try:
    types.coroutine(5)
except TypeError as e:
    print(type(e).__name__, e)
