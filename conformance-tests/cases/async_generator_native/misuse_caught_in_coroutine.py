# Checks: misuse: the RuntimeError from await yield_() outside any async generator can be caught in the coroutine, which then goes on normally (sleeps, returns a value); yield_from_ in a plain coroutine fails the same way. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in misuse_caught_in_coroutine_pkg/cpython_equivalent.py)
from async_generator import yield_, yield_from_

class Sleep:
    def __init__(self, tag="sleep"):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

class Items:
    def __init__(self):
        self.items = ["a", "b"]
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)

async def main():
    try:
        await yield_("lost")
    except RuntimeError as e:
        print("caught", type(e).__name__)
    got = await Sleep("after the error")
    try:
        await yield_from_(Items())
    except RuntimeError as e:
        print("caught", type(e).__name__)
    return ("main returns", got)

coro = main()
try:
    request = coro.send(None)
    while True:
        print("runner got", request)
        request = coro.send("answer")
except StopIteration as e:
    print(e.value)
