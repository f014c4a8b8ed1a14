# Checks: ag_await is the object the generator is suspended in (awaitable's iterator / coroutine), None at a yield.
class Sleep:
    def __await__(self):
        yield "sleep"

async def helper():
    await Sleep()

async def agen():
    yield 1
    await Sleep()
    yield 2
    await helper()
    yield 3

ag = agen()
print(ag.ag_await)
def step(aw):
    try:
        return aw.send(None)
    except StopIteration as e:
        return ("yielded", e.value)

print(step(ag.asend(None)), ag.ag_await)
aw = ag.asend(None)
print(step(aw), type(ag.ag_await).__name__)
print(step(aw), ag.ag_await)
aw = ag.asend(None)
print(step(aw), type(ag.ag_await).__name__, ag.ag_await.cr_code.co_name)
print(step(aw), ag.ag_await)
print(step(ag.aclose()), ag.ag_await)
