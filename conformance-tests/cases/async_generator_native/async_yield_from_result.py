# Checks: PEP 828: `result = async yield from sub()` evaluates to the sub-generator's `return value` (None for a bare end); an outer `return value` ends iteration with StopAsyncIteration(value). (Krait goes beyond CPython here: expected output written from the native-yield equivalent in async_yield_from_result_pkg/cpython_equivalent.py)
async def sub(n):
    for i in range(n):
        yield i
    return n * 100

async def no_return():
    yield "x"

async def agen():
    a = async yield from sub(2)
    yield ("a", a)
    b = async yield from no_return()
    yield ("b", b)
    c = async yield from sub(0)
    yield ("c", c)
    return "outer result"

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
for _ in range(8):
    print(run(lambda: ag.asend(None)))
