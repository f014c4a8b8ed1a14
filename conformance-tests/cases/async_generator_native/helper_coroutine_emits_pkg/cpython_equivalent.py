# CPython equivalent of async_generator_native/helper_coroutine_emits.py: the helper's body inlined, its await yield_(x) written as yield x.
async def agen():
    yield "start"
    for i in range(3):
        x = i * 10
        print("emit", x)
        yield x
    yield "end"

def collect(ag):
    async def main():
        return [v async for v in ag]
    try:
        main().send(None)
    except StopIteration as e:
        return e.value

print(collect(agen()))
