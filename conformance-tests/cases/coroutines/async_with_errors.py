# Checks: TypeErrors for objects lacking the async context manager protocol or returning non-awaitables from __aenter__/__aexit__.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class NoAexit:
    async def __aenter__(self):
        return self

class NoAenter:
    async def __aexit__(self, *a):
        return False

class BadAenter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        print("BadAenter aexit called")

class BadAexit:
    async def __aenter__(self):
        print("BadAexit entered")
    def __aexit__(self, *a):
        return "not awaitable"

async def check(obj):
    try:
        async with obj:
            print("body ran")
    except TypeError as e:
        print(type(e).__name__, e)

for obj in [SyncOnly(), NoAexit(), NoAenter(), 1, None, BadAenter(), BadAexit()]:
    run(check(obj))
