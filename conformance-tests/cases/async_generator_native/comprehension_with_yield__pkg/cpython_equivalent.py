# CPython equivalent of async_generator_native/comprehension_with_yield_.py: the comprehensions written as loops (a comprehension cannot yield), await yield_(x) as yield x.
async def agen():
    answers = []
    for i in range(3):
        answers.append((yield ("question", i)))
    yield ("answers", answers)
    doubled = {}
    for k in "ab":
        doubled[k] = yield k
    yield ("doubled", doubled)

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
for value in (None, "x", "y", "z", None, 1, 2, None):
    print(run(lambda: ag.asend(value)))
