# Checks: a functools.wraps wrapper around a library or native async generator function is not itself an async generator function, but its __wrapped__ is; a copied marker attribute does not count.
import functools
from async_generator import async_generator, yield_, isasyncgenfunction

@async_generator
async def async_range(n):
    for i in range(n):
        await yield_(i)

async def native_range(n):
    for i in range(n):
        yield i

for target in (async_range, native_range):
    @functools.wraps(target)
    def wrapper(*args, **kwargs):
        return target(*args, **kwargs)
    print(target.__name__, "wrapper:", isasyncgenfunction(wrapper), wrapper.__name__)
    print(target.__name__, "__wrapped__:", isasyncgenfunction(wrapper.__wrapped__))
    ag = wrapper(2)
    async def collect():
        return [v async for v in ag]
    try:
        collect().send(None)
    except StopIteration as e:
        print("wrapper result collects to", e.value)
