# Checks: ag_frame (locals, f_lineno) and ag_code (co_name) of an async generator; ag_frame is None once finished.
async def agen(a):
    b = a + 1
    yield b
    c = b * 2
    yield c

ag = agen(10)
print(ag.ag_code is agen.__code__, ag.ag_code.co_name, ag.ag_code.co_varnames)
print(type(ag.ag_frame).__name__, sorted(ag.ag_frame.f_locals.items()))

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "end"

print(step(ag.asend(None)), sorted(ag.ag_frame.f_locals.items()), ag.ag_frame.f_lineno)
print(step(ag.asend(None)), sorted(ag.ag_frame.f_locals.items()), ag.ag_frame.f_lineno)
print(step(ag.asend(None)), ag.ag_frame)
print(ag.ag_code.co_name)
