# Checks: __await__ returning a non-iterator or a coroutine raises TypeError with CPython's messages.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class ReturnsInt:
    def __await__(self):
        return 5

class ReturnsList:
    def __await__(self):
        return [1, 2]

class ReturnsNone:
    def __await__(self):
        return None

async def inner():
    return 1

created = []

class ReturnsCoroutine:
    def __await__(self):
        c = inner()
        created.append(c)
        return c

async def main(obj):
    try:
        await obj
    except TypeError as e:
        print(type(e).__name__, e)

for obj in [ReturnsInt(), ReturnsList(), ReturnsNone()]:
    run(main(obj))

run(main(ReturnsCoroutine()))
for c in created:
    c.close()
print("coroutine returned by __await__ closed:", created[0].cr_frame)
