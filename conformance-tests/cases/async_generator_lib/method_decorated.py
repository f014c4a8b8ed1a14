# Checks: @async_generator on methods: instance methods see self, and stacked under staticmethod/classmethod they work too; names and qualnames are kept.
from async_generator import async_generator, yield_

@async_generator
async def async_range(count):
    for i in range(count):
        await yield_(i)

class HasAsyncGenMethod:
    base = 100

    def __init__(self, factor):
        self._factor = factor

    @async_generator
    async def async_multiplied(self, ait):
        async for value in ait:
            await yield_(value * self._factor)

    @staticmethod
    @async_generator
    async def static_pairs(n):
        for i in range(n):
            await yield_((i, i))

    @classmethod
    @async_generator
    async def from_base(cls, n):
        for i in range(n):
            await yield_(cls.base + i)

async def collect(ait):
    return [v async for v in ait]

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

tripler = HasAsyncGenMethod(3)
print(run(collect(tripler.async_multiplied(async_range(5)))))
print(run(collect(HasAsyncGenMethod.static_pairs(2))))
print(run(collect(HasAsyncGenMethod.from_base(3))))
print(run(collect(tripler.async_multiplied(tripler.async_multiplied(async_range(3))))))
print(HasAsyncGenMethod.async_multiplied.__name__, HasAsyncGenMethod.async_multiplied.__qualname__)
