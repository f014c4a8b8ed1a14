# Checks: ag_running is False while suspended at a yield, True while an asend is in flight (inside the body or suspended in an await).
class Sleep:
    def __await__(self):
        yield

async def agen():
    print("inside body, ag_running =", me.ag_running)
    yield 1
    await Sleep()
    print("after await, ag_running =", me.ag_running)
    yield 2

me = agen()
print("unstarted:", me.ag_running)
aw = me.asend(None)
print("asend created, not sent:", me.ag_running)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value, "ag_running =", me.ag_running)
aw = me.asend(None)
aw.send(None)
print("suspended in await:", me.ag_running)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value, "ag_running =", me.ag_running)
try:
    me.asend(None).send(None)
except StopAsyncIteration:
    print("exhausted:", me.ag_running)
try:
    me.ag_running = True
except AttributeError as e:
    print(type(e).__name__, e)
