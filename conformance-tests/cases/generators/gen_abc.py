# Checks: generators against collections.abc: Generator, Iterator, Iterable; classes registering via methods.
from collections.abc import Generator, Iterator, Iterable, Coroutine, Awaitable

def gen():
    yield

g = gen()
print(isinstance(g, Generator), isinstance(g, Iterator), isinstance(g, Iterable))
print(isinstance(g, Coroutine), isinstance(g, Awaitable))
print(isinstance(iter([]), Generator), isinstance(iter([]), Iterator))
print(issubclass(type(g), Generator), issubclass(list, Generator))

class Handmade:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def send(self, v):
        raise StopIteration
    def throw(self, *a):
        raise StopIteration
    def close(self):
        pass

print(isinstance(Handmade(), Generator), isinstance(Handmade(), Iterator))

class NoClose(Handmade):
    close = None

print(isinstance(NoClose(), Generator))

class Subclassed(Generator):
    def send(self, v):
        return v
    def throw(self, typ, val=None, tb=None):
        raise typ
s = Subclassed()
print(next(s), s.send(5), isinstance(s, Generator))
try:
    Generator()
except TypeError as e:
    print(type(e).__name__, e)
