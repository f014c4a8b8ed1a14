# Checks: PEP 828's async yield from forwards asend values and athrow exceptions into the native sub-generator, and aclose closes it first. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in async_yield_from_asend_athrow_pkg/cpython_equivalent.py)
async def sub():
    try:
        total = 0
        while True:
            try:
                got = yield total
                total += got
            except ValueError as e:
                print("sub caught", repr(e))
                total = 0
    finally:
        print("sub finally")

async def agen():
    try:
        async yield from sub()
    finally:
        print("outer finally")

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
print(run(lambda: ag.asend(3)))
print(run(lambda: ag.asend(4)))
print(run(lambda: ag.athrow(ValueError("reset"))))
print(run(lambda: ag.asend(5)))
print(run(lambda: ag.aclose()))
