# Checks: async for over async generators (that await between yields), driven by a hand-written runner; results in order.
def run(coro):
    suspensions = 0
    try:
        while True:
            coro.send(None)
            suspensions += 1
    except StopIteration as e:
        return e.value, suspensions

class Sleep:
    def __await__(self):
        yield

async def countdown(n):
    while n > 0:
        await Sleep()
        yield n
        n -= 1

async def main():
    out = []
    async for v in countdown(3):
        print("got", v)
        out.append(v)
    async for v in countdown(0):
        print("never")
    return out

print(run(main()))
