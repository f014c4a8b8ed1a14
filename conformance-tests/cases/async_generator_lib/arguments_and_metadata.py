# Checks: @async_generator passes positional, keyword, default, *args and **kwargs through; the wrapper keeps __name__, __qualname__, __doc__, __module__ and has __wrapped__; bad calls raise TypeError when the generator is created.
from async_generator import async_generator, yield_

@async_generator
async def agen(a, b=2, *rest, c, d=4, **extra):
    """Yields its arguments."""
    await yield_(("a", a))
    await yield_(("b", b))
    await yield_(("rest", rest))
    await yield_(("c", c))
    await yield_(("d", d))
    await yield_(("extra", sorted(extra.items())))

async def collect(ait):
    return [v async for v in ait]

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(collect(agen(1, c=3))))
print(run(collect(agen(1, 5, 6, 7, c=8, d=9, z=10, y=11))))
print(agen.__name__, agen.__qualname__, agen.__doc__, agen.__module__)
print(agen.__wrapped__.__name__, agen.__wrapped__ is not agen)
try:
    agen()
except TypeError as e:
    print("TypeError", e)
try:
    agen(1, 2)
except TypeError as e:
    print("TypeError", e)
