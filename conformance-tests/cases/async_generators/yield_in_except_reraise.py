# Checks: bare raise after a yield inside an except block of an async generator re-raises the handled exception.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

async def agen():
    try:
        raise ValueError("original")
    except ValueError as e:
        yield "handling " + str(e)
        try:
            raise KeyError("inner")
        except KeyError:
            yield "inner handled"
        yield "back in outer handler"
        raise

ag = agen()
for _ in range(5):
    print(step(ag.asend(None)))
