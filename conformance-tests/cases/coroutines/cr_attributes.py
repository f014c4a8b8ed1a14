# Checks: cr_running, cr_frame, cr_await, cr_code.co_name and cr_origin through a coroutine's life.
class Suspend:
    def __await__(self):
        yield "s"

async def inner():
    await Suspend()
    return "inner"

async def outer():
    print("running inside:", me.cr_running)
    r = await inner()
    await Suspend()
    return r

me = outer()
print(me.cr_running, type(me.cr_frame).__name__, me.cr_await, me.cr_code.co_name, me.cr_origin)
me.send(None)
print("suspended:", me.cr_running, type(me.cr_await).__name__, me.cr_await.cr_code.co_name)
print("inner awaits:", type(me.cr_await.cr_await).__name__)
me.send(None)
print("second await:", type(me.cr_await).__name__)
try:
    me.send(None)
except StopIteration as e:
    print("result", e.value)
print(me.cr_running, me.cr_frame, me.cr_await, me.cr_code is outer.__code__)
try:
    me.cr_running = True
except AttributeError as e:
    print(type(e).__name__, e)
