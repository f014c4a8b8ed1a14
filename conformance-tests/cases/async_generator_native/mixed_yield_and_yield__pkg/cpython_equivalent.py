# CPython equivalent of async_generator_native/mixed_yield_and_yield_.py: every await yield_(x) written as yield x.
async def agen():
    yield 1
    yield 2
    yield 3
    yield
    for i in range(2):
        yield ("loop", i)
        yield ("native", i)

def collect(ag):
    async def main():
        return [v async for v in ag]
    try:
        main().send(None)
    except StopIteration as e:
        return e.value

print(collect(agen()))
