# Checks: the first send() into an asend awaitable: None delivers asend's value, a non-None value is delivered instead.
def step(aw, v=None):
    try:
        aw.send(v)
    except StopIteration as e:
        return e.value
    except BaseException as e:
        return type(e).__name__

async def echo():
    got = None
    while True:
        got = yield got

ag = echo()
print(step(ag.asend(None)))
print(step(ag.asend("from asend")))
print(step(ag.asend("from asend"), "from awaitable send"))
print(step(ag.__anext__(), "via __anext__ awaitable"))
print(step(ag.__anext__()))
print(step(ag.aclose()))
