# Checks: resuming a running coroutine (from inside itself) raises ValueError "coroutine already executing".
async def selfish():
    try:
        me.send(None)
    except ValueError as e:
        print("send:", type(e).__name__, e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("throw:", e)
    try:
        me.close()
    except ValueError as e:
        print("close:", e)
    return "ok"

me = selfish()
try:
    me.send(None)
except StopIteration as e:
    print("finished", e.value)

async def awaits_itself():
    await me2

me2 = awaits_itself()
try:
    me2.send(None)
except Exception as e:
    print(type(e).__name__, e)
print(me2.cr_frame)
