# Checks: a library generator yielding inside an async with block: __aexit__ runs when it resumes and finishes, on athrow (seeing the exception), and on aclose (seeing GeneratorExit).
from async_generator import async_generator, yield_

class CM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        return self.name
    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False

@async_generator
async def agen(name):
    async with CM(name) as n:
        await yield_(n + "1")
        await yield_(n + "2")
    await yield_("after with")

def run(make):
    try:
        aw = make()
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)
    except BaseException as e:
        return (type(e).__name__, str(e))

ag = agen("a")
print([run(lambda: ag.asend(None)) for _ in range(4)])
ag = agen("b")
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.athrow(KeyError("k"))))
ag = agen("c")
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.aclose()))
