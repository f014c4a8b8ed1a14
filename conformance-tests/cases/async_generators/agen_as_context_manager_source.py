# Checks: async generators used as async iterators inside an async with (an async context manager wrapping a generator).
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Sleep:
    def __await__(self):
        yield

class acontext:
    def __init__(self, agen_func, *args):
        self.gen = agen_func(*args)
    async def __aenter__(self):
        return await anext(self.gen)
    async def __aexit__(self, et, ev, tb):
        if et is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            await self.gen.athrow(ev)
        except StopAsyncIteration as e:
            return e is not ev
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")

async def connection(name):
    print("open", name)
    await Sleep()
    try:
        yield "conn:" + name
    except ValueError as e:
        print("handled inside generator:", e)
    finally:
        await Sleep()
        print("close", name)

async def main():
    async with acontext(connection, "db") as c:
        print("using", c)
    async with acontext(connection, "cache") as c:
        raise ValueError("bad query")
    print("suppressed by the generator")
    try:
        async with acontext(connection, "q") as c:
            raise KeyError("escapes")
    except KeyError as e:
        print("escaped", repr(e))

run(main())
