# Checks: driving an async generator by hand: aw = ag.asend(None); aw.send(None) raises StopIteration(value) for each yield.
async def agen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")

ag = agen()
print(type(ag).__name__)
for _ in range(3):
    aw = ag.asend(None)
    try:
        aw.send(None)
    except StopIteration as e:
        print("yielded", e.value)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
try:
    ag.asend(None).send(None)
except StopAsyncIteration:
    print("still StopAsyncIteration")
