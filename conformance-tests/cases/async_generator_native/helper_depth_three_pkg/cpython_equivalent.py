# CPython equivalent of async_generator_native/helper_depth_three.py: the three helper levels inlined into the generator, await yield_(x) written as yield x.
async def agen():
    total = 0
    for x in (0, 100):
        got = yield ("level3", x + 2)
        print("level3 got", got)
        r = got * 2
        print("level2 got", r)
        r = r + 1
        print("level1 got", r)
        total += r
        yield ("total", total)

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
for value in (None, 5, None, 7, None):
    print(run(lambda: ag.asend(value)))
