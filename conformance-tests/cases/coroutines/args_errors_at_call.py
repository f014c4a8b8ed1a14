# Checks: argument errors of async functions are raised at call time (no coroutine created); defaults and kwargs work.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def f(a, b=2, *args, flag=False, **kw):
    return a, b, args, flag, sorted(kw)

print(run(f(1)))
print(run(f(1, 3, 4, flag=True, z=0, y=1)))
for args, kwargs in [((), {}), ((1,), {"a": 2}), ((1,), {"flag": 1, "b": 2, "c": 3})]:
    try:
        print(run(f(*args, **kwargs)))
    except TypeError as e:
        print(type(e).__name__, e)

async def no_args():
    pass

try:
    no_args(1)
except TypeError as e:
    print(type(e).__name__, e)
