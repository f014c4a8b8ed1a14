# Checks: throw() into an unstarted coroutine raises at once without running the body; close() of an unstarted coroutine.
async def coro():
    print("body ran")
    try:
        return 1
    finally:
        print("finally ran")

c = coro()
try:
    c.throw(ValueError("early"))
except ValueError as e:
    print(type(e).__name__, e)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

c = coro()
print(c.close(), c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
