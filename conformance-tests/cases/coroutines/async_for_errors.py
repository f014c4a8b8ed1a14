# Checks: TypeErrors for async for over objects without __aiter__, __aiter__ returning non-async-iterators, bad __anext__ results.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class NoAnext:
    def __aiter__(self):
        return 5

class SyncAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42

async def check(obj):
    try:
        async for x in obj:
            print("got", x)
    except TypeError as e:
        print(type(e).__name__, e)

for obj in [1, [1, 2], None, NoAnext(), SyncAnext()]:
    run(check(obj))

async def sync_for_over_async():
    try:
        for x in SyncAnext():
            pass
    except TypeError as e:
        print(type(e).__name__, e)

run(sync_for_over_async())
