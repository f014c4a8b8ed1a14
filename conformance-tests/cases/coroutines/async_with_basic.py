# Checks: async with calls and awaits __aenter__/__aexit__ (which suspend); the as-target gets __aenter__'s result.
def run(coro):
    steps = 0
    try:
        while True:
            print("  [driver] suspended:", coro.send(None))
            steps += 1
    except StopIteration as e:
        return e.value, steps

class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        await Sleep("in aenter " + self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et)
        await Sleep("in aexit " + self.name)
        return False

async def main():
    async with Resource("a") as a:
        print("body with", a)
        await Sleep("in body")
    async with Resource("b") as b, Resource("c") as c:
        print("body with", b, c)
    async with Resource("d"):
        print("no target")
    return "done"

print(run(main()))
