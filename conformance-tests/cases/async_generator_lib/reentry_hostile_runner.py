# Checks: a library generator resumed through every path of its coroutine (throw, send(value), __next__) can yield_ right after each; no wrapper object leaks to the runner.
from async_generator import async_generator, yield_

class MyError(Exception):
    pass

class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        return (yield self.what)

@async_generator
async def different_entries():
    await yield_(1)
    try:
        await Request("hit me")
    except MyError as e:
        print("caught", type(e).__name__, e)
        await yield_(2)
    got = await Request("number me")
    print("numbered", got)
    await yield_(3)
    got = await Request("next me")
    print("next gave", got)
    await yield_(4)

async def collect(ait):
    items = []
    async for v in ait:
        items.append(v)
    return items

def hostile_runner(coro):
    it = coro.__await__()
    request = None
    while True:
        try:
            if request == "hit me":
                request = it.throw(MyError("thrown by runner"))
            elif request == "number me":
                request = it.send(1)
            else:
                print("runner request", request)
                request = it.__next__()
        except StopIteration as e:
            return e.value

print(hostile_runner(collect(different_entries())))
