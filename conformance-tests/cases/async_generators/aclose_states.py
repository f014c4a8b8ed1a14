# Checks: aclose() in each state: unstarted (body never runs), suspended at a yield (finally runs), exhausted, already closed.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

async def agen():
    print("  body")
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit at yield")
        raise
    finally:
        print("  finally")

print("unstarted:")
ag = agen()
print(step(ag.aclose()), ag.ag_frame)
print(step(ag.asend(None)))
print("suspended:")
ag = agen()
print(step(ag.asend(None)))
print(step(ag.aclose()), ag.ag_frame)
print(step(ag.asend(None)))
print("exhausted:")
ag = agen()
while step(ag.asend(None))[0] == "value":
    pass
print(step(ag.aclose()))
print("closed twice:")
print(step(ag.aclose()))
