# Checks: exceptions propagate up an await chain, can be caught at any level; finally blocks run in order.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Sleep:
    def __await__(self):
        yield

async def level3():
    await Sleep()
    raise KeyError("deep")

async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")

async def level1():
    try:
        await level2()
    except KeyError as e:
        print("level1 caught", repr(e))
        raise ValueError("wrapped") from e

async def main():
    try:
        await level1()
    except ValueError as e:
        print("main caught", repr(e), "cause", repr(e.__cause__))
        return "recovered"

print(run(main()))

async def context_chain():
    try:
        await level3()
    except KeyError:
        await Sleep()
        raise TypeError("during handling")

try:
    run(context_chain())
except TypeError as e:
    print(repr(e), "context", repr(e.__context__))
