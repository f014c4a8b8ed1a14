# Checks: inspect.iscoroutine/iscoroutinefunction/isawaitable on coroutines, types.coroutine generators and awaitable classes.
import inspect
import types

async def native():
    return 1

def plain():
    return 1

@types.coroutine
def legacy():
    yield

class Awaitable:
    def __await__(self):
        yield

class C:
    async def meth(self):
        pass

c = native()
print(inspect.iscoroutine(c), inspect.iscoroutinefunction(native), inspect.isawaitable(c))
print(inspect.iscoroutinefunction(plain), inspect.iscoroutinefunction(legacy), inspect.iscoroutinefunction(C.meth), inspect.iscoroutinefunction(C().meth))
lg = legacy()
print(inspect.iscoroutine(lg), inspect.isawaitable(lg), inspect.isgenerator(lg))
print(inspect.isawaitable(Awaitable()), inspect.iscoroutine(Awaitable()), inspect.isawaitable(5))
print(inspect.isgenerator(c), inspect.isgeneratorfunction(native))
print(inspect.iscoroutinefunction(lambda: 1), inspect.isasyncgenfunction(native))
c.close()
lg.close()
