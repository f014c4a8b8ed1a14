# Checks: new_event_loop/run_until_complete with coroutines, tasks and futures, is_running/is_closed, close, errors on a closed or running loop
import asyncio


async def compute(x):
    await asyncio.sleep(0)
    return x + 1


async def main():
    loop = asyncio.get_running_loop()
    print("running inside:", loop.is_running())
    c = compute(0)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()
    return "main"


loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(compute(1)))
print(loop.run_until_complete(main()))
t = loop.create_task(compute(10))
print(loop.run_until_complete(t), t.done())
f = loop.create_future()
loop.call_soon(f.set_result, "fut")
print(loop.run_until_complete(f))
try:
    loop.run_until_complete(42)
except TypeError as e:
    print(type(e).__name__, e)
loop.close()
loop.close()
print(loop.is_closed())
for action in [lambda: loop.run_until_complete(f), lambda: loop.call_soon(print),
               lambda: loop.call_later(1, print), lambda: loop.run_forever()]:
    try:
        action()
    except RuntimeError as e:
        print(type(e).__name__, e)
c = compute(0)
try:
    loop.create_task(c)
except RuntimeError as e:
    print(type(e).__name__, e)
c.close()
print(repr(loop))
