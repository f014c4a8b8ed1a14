# Checks: AbstractContextManager and AbstractAsyncContextManager: structural isinstance/issubclass, None blocking a method, default __enter__/__aenter__ returning self, abstract __exit__, subscripting
from contextlib import AbstractContextManager, AbstractAsyncContextManager

class Duck:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class HalfDuck:
    def __enter__(self):
        return self

class Blocked(Duck):
    __exit__ = None

class ADuck:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        pass

print(issubclass(Duck, AbstractContextManager), isinstance(Duck(), AbstractContextManager))
print(issubclass(HalfDuck, AbstractContextManager))
print(issubclass(Blocked, AbstractContextManager))
print(issubclass(int, AbstractContextManager))
print(issubclass(ADuck, AbstractAsyncContextManager), issubclass(ADuck, AbstractContextManager))
print(issubclass(Duck, AbstractAsyncContextManager))

class Mine(AbstractContextManager):
    def __exit__(self, *a):
        print("Mine exit", a[0])

m = Mine()
with m as x:
    print(x is m)

class Incomplete(AbstractContextManager):
    pass

try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)

class AIncomplete(AbstractAsyncContextManager):
    pass

try:
    AIncomplete()
except TypeError as e:
    print(type(e).__name__, e)

# A subclass of an ABC subclass that misses a method is checked by its own subclasses only.
class Sub(Mine):
    pass
print(issubclass(Sub, AbstractContextManager), issubclass(HalfDuck, Mine))

# The inherited __exit__ returns None.
class UsesDefault(AbstractContextManager):
    def __exit__(self, *a):
        return super().__exit__(*a)

with UsesDefault() as u:
    print(type(u).__name__)

class AMine(AbstractAsyncContextManager):
    async def __aexit__(self, *a):
        return await super().__aexit__(*a)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

am = AMine()
print(run(am.__aenter__()) is am, run(am.__aexit__(None, None, None)))

print(AbstractContextManager[int])
print(AbstractAsyncContextManager[str, int])
print(AbstractContextManager.__name__, AbstractContextManager.__module__)
