# Checks: types.AsyncGeneratorType matches async generators and async genexps only.
import types

async def agen():
    yield

async def coro():
    pass

def gen():
    yield

ag = agen()
print(isinstance(ag, types.AsyncGeneratorType), types.AsyncGeneratorType is type(ag), types.AsyncGeneratorType.__name__)
c = coro()
print(isinstance(c, types.AsyncGeneratorType), isinstance(gen(), types.AsyncGeneratorType), isinstance(agen, types.AsyncGeneratorType))
c.close()

async def make():
    return (x async for x in agen())

m = make()
try:
    m.send(None)
except StopIteration as e:
    print(isinstance(e.value, types.AsyncGeneratorType))
print(isinstance(ag, types.GeneratorType), isinstance(ag, types.CoroutineType))
try:
    type(ag)()
except TypeError as e:
    print(type(e).__name__, e)
