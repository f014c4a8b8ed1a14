# Checks: values given to asend() become the value of the yield expression inside the async generator.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "<StopAsyncIteration>"

async def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    print("finished with", total)

ag = accumulate()
print(step(ag.asend(None)))
print(step(ag.asend(5)))
print(step(ag.asend(10)))
print(step(ag.asend(-1)))
print(step(ag.asend(None)))
print(step(ag.asend(1)))
