# Checks: isasyncgen() is true for library and native async generator objects only (not their functions, coroutines, plain generators or other objects).
from async_generator import async_generator, yield_, isasyncgen

@async_generator
async def async_range(n):
    for i in range(n):
        await yield_(i)

async def native_async_range(n):
    for i in range(n):
        yield i

async def coro():
    pass

def gen():
    yield 1

lib_obj = async_range(1)
native_obj = native_async_range(1)
c = coro()
g = gen()
for name, obj in (("library function", async_range), ("library object", lib_obj),
                  ("native function", native_async_range), ("native object", native_obj),
                  ("coroutine", c), ("generator", g), ("int", 5), ("None", None)):
    print(name, isasyncgen(obj))
c.close()
