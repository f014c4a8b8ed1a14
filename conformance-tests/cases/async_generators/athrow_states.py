# Checks: athrow() in each state: unstarted (raises at once), suspended at a yield (caught -> next yield, or propagates), exhausted, closed.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

async def agen():
    print("  body starts")
    try:
        yield "first"
    except ValueError as e:
        print("  caught", repr(e))
        yield "after catch"
    finally:
        print("  finally")
    yield "tail"

print("unstarted:")
ag = agen()
print(step(ag.athrow(ValueError("v0"))))
print(step(ag.asend(None)))

print("suspended, caught:")
ag = agen()
step(ag.asend(None))
print(step(ag.athrow(ValueError("v1"))))
print(step(ag.asend(None)))
print(step(ag.asend(None)))
print(step(ag.asend(None)))

print("suspended, not caught:")
ag = agen()
step(ag.asend(None))
print(step(ag.athrow(KeyError("k"))))
print(step(ag.asend(None)))

print("exhausted:")
print(step(ag.athrow(ValueError("late"))))

print("closed:")
ag = agen()
step(ag.asend(None))
print(step(ag.aclose()))
print(step(ag.athrow(ValueError("after close"))))
