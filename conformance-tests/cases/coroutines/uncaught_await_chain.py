# Checks: an uncaught exception three awaits deep: traceback shows the send() call and each coroutine frame.
class Sleep:
    def __await__(self):
        yield

async def parse(text):
    await Sleep()
    return int(text)

async def load(items):
    total = 0
    for item in items:
        total += await parse(item)
    return total

async def main():
    print(await load(["1", "2"]))
    print(await load(["3", "x"]))

coro = main()
while True:
    coro.send(None)
