# Checks: contextlib.nullcontext as a sync and async context manager: the enter result, no suppression, reuse, the ABCs it registers as
from contextlib import nullcontext, AbstractContextManager, AbstractAsyncContextManager

with nullcontext() as x:
    print(x)
with nullcontext(42) as x:
    print(x)
obj = [1, 2]
with nullcontext(obj) as x:
    print(x is obj)

try:
    with nullcontext():
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated", e)

n = nullcontext("r")
print(n.enter_result)
print(n.__exit__(None, None, None), n.__exit__(KeyError, KeyError(), None))
with n as a, n as b:
    print(a, b)
print(isinstance(n, AbstractContextManager), isinstance(n, AbstractAsyncContextManager))

def optional(cm, flag):
    return cm if flag else nullcontext(cm)

class Loud:
    def __enter__(self):
        print("Loud enter")
        return "loud"
    def __exit__(self, *a):
        print("Loud exit")

for flag in (True, False):
    with optional(Loud(), flag) as v:
        print(type(v).__name__)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    async with nullcontext(7) as v:
        print("async", v)
    try:
        async with nullcontext():
            raise KeyError("async body")
    except KeyError as e:
        print("async propagated", e)
    print(await n.__aenter__(), await n.__aexit__(None, None, None))
    return "done"

print(run(main()))
