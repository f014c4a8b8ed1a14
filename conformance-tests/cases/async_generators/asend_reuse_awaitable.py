# Checks: an asend/__anext__ awaitable can only be used once: "cannot reuse already awaited __anext__()/asend()"; same for athrow.
def show(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        print("value", e.value)
    except Exception as e:
        print(type(e).__name__, e)

async def agen():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "caught"

ag = agen()
aw = ag.asend(None)
show(aw)
show(aw)
show(aw)
t = ag.athrow(ValueError)
show(t)
show(t)
c = ag.aclose()
show(c)
show(c)
