# Checks: await inside comprehension elements and conditions inside async generators, interleaved with yields.
class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

async def fetch(x):
    await Sleep("fetch %d" % x)
    return x + 100

async def agen():
    batch = [await fetch(i) for i in range(2)]
    yield batch
    yield {i: await fetch(i) for i in range(3) if i}

def drive(aw):
    out = []
    try:
        while True:
            out.append(aw.send(None))
    except StopIteration as e:
        out.append(("yielded", e.value))
    except StopAsyncIteration:
        out.append("end")
    return out

ag = agen()
for _ in range(3):
    print(drive(ag.__anext__()))
