# Checks: inspect.isasyncgen / isasyncgenfunction / isawaitable / iscoroutine on async generators and their awaitables.
import inspect

async def agen():
    yield

async def coro():
    pass

def gen():
    yield

ag = agen()
print(inspect.isasyncgen(ag), inspect.isasyncgenfunction(agen))
print(inspect.isasyncgen(agen), inspect.isasyncgenfunction(coro), inspect.isasyncgenfunction(gen))
print(inspect.iscoroutinefunction(agen), inspect.isgeneratorfunction(agen))
print(inspect.isawaitable(ag), inspect.iscoroutine(ag), inspect.isgenerator(ag))
aw = ag.asend(None)
print(inspect.isawaitable(aw), inspect.iscoroutine(aw))
print(inspect.isawaitable(ag.aclose()), inspect.isasyncgenfunction(lambda: None))
class K:
    async def m(self):
        yield
print(inspect.isasyncgenfunction(K.m), inspect.isasyncgenfunction(K().m), inspect.isasyncgen(K().m()))
