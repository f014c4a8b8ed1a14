# Checks: anext(ag, default) awaitables driven by hand with send/throw/close; default appears as StopIteration value.
class Sleep:
    def __await__(self):
        yield "sleep"

def step(aw):
    try:
        return ("suspended", aw.send(None))
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

async def agen():
    await Sleep()
    yield 1

ag = agen()
a = anext(ag, "default")
print(type(a).__name__, step(a), step(a))
print(step(anext(ag, "default")))
print(step(anext(ag, "default")))
a = anext(ag, "d")
try:
    a.throw(KeyError("thrown into anext_awaitable"))
except KeyError as e:
    print("throw:", repr(e))
print("close:", anext(ag, "d").close())

class ClassIter:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

print(step(anext(ClassIter(), "class default")))
