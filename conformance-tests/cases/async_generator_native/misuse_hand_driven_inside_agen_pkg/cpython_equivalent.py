# CPython equivalent of async_generator_native/misuse_hand_driven_inside_agen.py: the RuntimeError printed directly where Krait raises it; the awaited helper inlined with native yield.
async def agen():
    print("driving by hand:", "RuntimeError")
    yield "awaited"
    print("awaiting:", "emitted")
    yield "native"

def collect(ag):
    async def main():
        return [v async for v in ag]
    try:
        main().send(None)
    except StopIteration as e:
        return e.value

print(collect(agen()))
