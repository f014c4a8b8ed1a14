# Checks: traceback of an exception raised inside __anext__ during async for, propagated through two coroutines.
class Sleep:
    def __await__(self):
        yield

class Lines:
    def __init__(self, lines):
        self.lines = lines
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Sleep()
        if not self.lines:
            raise StopAsyncIteration
        line = self.lines.pop(0)
        if line is None:
            raise EOFError("unexpected end of stream")
        return line

async def read_all(lines):
    out = []
    async for line in Lines(lines):
        out.append(line)
    return out

async def main():
    print(await read_all(["a", "b"]))
    print(await read_all(["c", None]))

c = main()
while True:
    c.send(None)
