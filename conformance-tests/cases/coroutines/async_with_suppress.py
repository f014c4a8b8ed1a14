# Checks: __aexit__ gets the exception triple; returning True suppresses it, falsy lets it propagate; exceptions in __aexit__.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Sleep:
    def __await__(self):
        yield

class Guard:
    def __init__(self, result):
        self.result = result
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, ev, tb):
        await Sleep()
        print("aexit got", et.__name__ if et else None, repr(ev), type(tb).__name__)
        if self.result == "raise":
            raise RuntimeError("from aexit")
        return self.result

async def main():
    async with Guard(True):
        raise KeyError("suppressed")
    print("after suppressed block")
    try:
        async with Guard(None):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", repr(e))
    try:
        async with Guard(0):
            raise ValueError("zero is falsy")
    except ValueError as e:
        print("caught", repr(e))
    try:
        async with Guard("raise"):
            raise IndexError("original")
    except RuntimeError as e:
        print("caught", repr(e), "context", repr(e.__context__))
    async with Guard(True):
        pass
    print("end")

run(main())
