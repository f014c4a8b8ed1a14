# Checks: asend(non-None) to a just-started async generator raises TypeError; the generator stays unstarted.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("yield", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))

async def agen():
    print("body started")
    x = yield "first"
    yield "got " + repr(x)

ag = agen()
print(step(ag.asend(1)))
print(step(ag.asend("x")))
print(ag.ag_frame is not None, ag.ag_running)
print(step(ag.asend(None)))
print(step(ag.asend(42)))
print(step(ag.asend(None)))
aw = ag.asend(None)
try:
    aw.send("non-None to the awaitable")
except BaseException as e:
    print(type(e).__name__, e)
