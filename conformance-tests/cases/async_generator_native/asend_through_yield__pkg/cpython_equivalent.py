# CPython equivalent of async_generator_native/asend_through_yield_.py: every await yield_(x) written as yield x.
async def agen():
    a = yield "first"
    print("yield_ got", a)
    b = yield "second"
    print("yield got", b)
    c = yield "third"
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
