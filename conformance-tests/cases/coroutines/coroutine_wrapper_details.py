# Checks: coroutine_wrapper objects: two wrappers drive the same coroutine; behaviour after the coroutine finishes.
class Sleep:
    def __await__(self):
        return (yield "z")

async def coro():
    a = await Sleep()
    b = await Sleep()
    return a + b

c = coro()
w1 = c.__await__()
w2 = c.__await__()
print(w1 is w2, type(w1).__name__)
print(w1.send(None))
print(w2.send(1))
try:
    w1.send(2)
except StopIteration as e:
    print("finished via w1:", e.value)
try:
    next(w2)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    w2.throw(ValueError("late"))
except Exception as e:
    print(type(e).__name__, e)
print(w2.close())
