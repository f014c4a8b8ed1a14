# CPython equivalent of async_generator_native/misuse_caught_in_coroutine.py: CPython cannot detect this misuse, so the equivalent prints the RuntimeError directly where Krait raises it.
class Sleep:
    def __init__(self, tag="sleep"):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

async def main():
    print("caught", "RuntimeError")
    got = await Sleep("after the error")
    print("caught", "RuntimeError")
    return ("main returns", got)

coro = main()
try:
    request = coro.send(None)
    while True:
        print("runner got", request)
        request = coro.send("answer")
except StopIteration as e:
    print(e.value)
