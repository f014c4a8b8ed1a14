# CPython equivalent of async_generator_native/yield_value_identity.py: await yield_(x) written as yield x.
class Box:
    def __await__(self):
        yield "not awaited"

marker = object()
box = Box()
err = KeyError("value, not raised")

async def agen():
    got = yield marker
    yield got
    yield box
    yield err
    yield None

async def main():
    ag = agen()
    print(await ag.asend(None) is marker)
    print(await ag.asend(marker) is marker)
    print(await ag.asend(None) is box)
    print(await ag.asend(None) is err)
    print(await ag.asend(None))
    try:
        await ag.asend(None)
    except StopAsyncIteration:
        print("end")

try:
    main().send(None)
except StopIteration:
    print("done")
