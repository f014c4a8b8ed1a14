# Checks: breaking out of async for leaves the async generator suspended; a second async for over it continues where it stopped.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def numbers():
    try:
        for i in range(6):
            yield i
    finally:
        print("numbers finally")

async def main():
    g = numbers()
    async for x in g:
        print("first loop", x)
        if x == 2:
            break
    print("between loops")
    async for x in g:
        print("second loop", x)
        if x == 4:
            break
    print(await anext(g))
    async for x in g:
        print("never, exhausted")
    else:
        print("third loop else")

run(main())
