# Checks: the value sent by asend() comes back as the result of await yield_(x) in a native async generator, as it does for yield; __anext__ sends None. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in asend_through_yield__pkg/cpython_equivalent.py)
from async_generator import yield_

async def agen():
    a = await yield_("first")
    print("yield_ got", a)
    b = yield "second"
    print("yield got", b)
    c = await yield_("third")
    print("yield_ got", c)

def run(make):
    try:
        aw = make()
        while True:
            print("  runner:", aw.send(None))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)
    except BaseException as e:
        return (type(e).__name__, str(e))

ag = agen()
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.asend("A")))
print(run(lambda: ag.asend("B")))
print(run(lambda: ag.__anext__()))
print(run(lambda: ag.asend("late")))
