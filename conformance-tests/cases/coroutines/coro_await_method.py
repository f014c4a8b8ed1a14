# Checks: coro.__await__() returns a coroutine_wrapper iterator with send/throw/close/__next__; iter(wrapper) is wrapper.
class Tick:
    def __await__(self):
        x = yield "tick"
        return x

async def coro():
    a = await Tick()
    b = await Tick()
    return (a, b)

c = coro()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
print(w.send("A"))
try:
    w.send("B")
except StopIteration as e:
    print("result", e.value)

c2 = coro()
w2 = c2.__await__()
print(w2.send(None))
try:
    w2.throw(KeyError("k"))
except KeyError as e:
    print("throw via wrapper:", repr(e))
c3 = coro()
w3 = c3.__await__()
next(w3)
print(w3.close(), c3.cr_frame)

def gen_drives():
    result = yield from coro().__await__()
    print("yield from wrapper ->", result)

g = gen_drives()
print(next(g), g.send(1))
try:
    g.send(2)
except StopIteration:
    pass
