# CPython equivalent of async_generator_native/yield_from_in_helper.py: relay() inlined, each yield_from_ written as a hand-written loop over the library generator with native yield.
from async_generator import async_generator, yield_

@async_generator
async def numbers(n):
    for i in range(n):
        await yield_(i)
    return "numbers done"

async def relay_inline(n, out):
    sub = numbers(n)
    while True:
        try:
            out.append(await sub.__anext__())
        except StopAsyncIteration as e:
            result = e.args[0]
            break
    return result

async def agen():
    yield "start"
    values = []
    result = await relay_inline(2, values)
    for v in values:
        yield v
    print("relay got", result)
    yield result.upper()
    values = []
    result = await relay_inline(1, values)
    for v in values:
        yield v
    print("relay got", result)

def collect(ag):
    async def main():
        return [v async for v in ag]
    try:
        main().send(None)
    except StopIteration as e:
        return e.value

print(collect(agen()))
