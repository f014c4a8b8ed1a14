# CPython equivalent of async_generator_native/helper_ask_returns.py: ask() inlined, await yield_(x) written as yield x.
async def interview():
    answer = yield "name" + "?"
    name = answer.upper()
    answer = yield "city" + "?"
    city = answer.upper()
    yield name + " from " + city

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

ag = interview()
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.asend("ada")))
print(run(lambda: ag.asend("london")))
print(run(lambda: ag.asend(None)))
