# Checks: an exception in __aenter__ (before or after suspending) skips the body and __aexit__; as-target not bound.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Sleep:
    def __await__(self):
        yield

class Failing:
    def __init__(self, suspend_first):
        self.suspend_first = suspend_first
    async def __aenter__(self):
        if self.suspend_first:
            await Sleep()
        raise ConnectionError("cannot enter")
    async def __aexit__(self, *a):
        print("aexit must not run")

async def main(flag):
    target = "unbound"
    try:
        async with Failing(flag) as target:
            print("body must not run")
    except ConnectionError as e:
        print("caught", repr(e), "target:", target)

run(main(False))
run(main(True))
