# CPython equivalent of async_generator_native/misuse_plain_coroutine.py: CPython cannot detect this misuse (the library's wrapper object leaks to the runner), so the equivalent prints the RuntimeError directly where Krait raises it.
class Sleep:
    def __init__(self, tag="sleep"):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

async def direct():
    print("direct", "RuntimeError")

async def via_helper():
    print("via_helper", "RuntimeError")

async def after_sleep():
    await Sleep()
    print("after_sleep", "RuntimeError")

for make in (direct, via_helper, after_sleep):
    coro = make()
    try:
        while True:
            print(make.__name__, "runner got", coro.send(None))
    except StopIteration:
        pass
