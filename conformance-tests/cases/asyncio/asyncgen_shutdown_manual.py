# Checks: loop.shutdown_asyncgens() closes unfinished async generators (finally runs), and a generator ignoring GeneratorExit is reported to the exception handler
import asyncio

gens = []


async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("closing", name)


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("stubborn yields again")
        yield 2


async def start(g):
    gens.append(g)
    print("first value", await g.__anext__())


def handler(loop, context):
    print("handler:", context["message"].split(" <")[0], repr(context["exception"]))


loop = asyncio.new_event_loop()
loop.run_until_complete(start(agen("a")))
print("shutting down")
loop.run_until_complete(loop.shutdown_asyncgens())
print("done")
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()

loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.run_until_complete(start(stubborn()))
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
