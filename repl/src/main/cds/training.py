# The training run for the krait launcher's class-data-sharing archive (see ../../../../krait).
# Running it loads the classes that most programs need: the parser's rules for common
# syntax, the compiler's nodes, the runtime's types and their methods, tracebacks. It must
# run without error on Krait; what it prints is discarded. Add to it when a new area of the
# language becomes runnable (generators, async) so that its classes are archived too.
import math
import sys
import time
from math import sqrt as root


class Shape:
    """A base class with a class attribute, a property and a classmethod."""
    sides = 0

    def __init__(self, name, *args, scale=1.0, **extra):
        self.name = name
        self.scale = scale
        self.extra = extra

    @property
    def label(self):
        return f"{self.name!r:>10} x{self.scale:.2f}"

    @classmethod
    def make(cls, name):
        return cls(name)

    @staticmethod
    def unit():
        return 1

    def __repr__(self):
        return "Shape(%s, %d)" % (self.name, self.sides)

    def __eq__(self, other):
        return isinstance(other, Shape) and self.name == other.name

    def __hash__(self):
        return hash(self.name)

    def __lt__(self, other):
        return self.name < other.name


class Square(Shape):
    sides = 4

    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2


def summarise(items, key=None, /, *, reverse=False):
    global counter
    counter = 0
    total = 0
    for i, item in enumerate(sorted(items, key=key, reverse=reverse)):
        if i % 2 == 0 and item or not item:
            total += i
        elif i > 100:
            break
        else:
            continue
    while total > 1000:
        total //= 2
    return total


def closures():
    value = 1

    def inner(x=2):
        nonlocal value
        value += x
        return lambda y: value + y

    return inner()(3)


counter = 0
shapes = [Square(i) for i in range(5)] + [Shape.make("circle")]
areas = {s.name + str(i): s.area() for i, s in enumerate(shapes) if isinstance(s, Square)}
unique = {s for s in shapes}
pairs = list(zip(range(3), "abc", strict=False))
text = " ".join([str(x) for x in [1, 2.5, None, True, b"b", (1,), [2], {3: 4}, {5}]])
text = text.upper().lower().strip().replace("a", "b").split(" ")
text = ",".join(text)[1:10:2] + "{:>8}|{:<4}|{:^6.2f}|{:,}".format("r", "l", 3.14159, 10 ** 6)
data = {"k": [1, 2, 3], "n": {"x": 1.5}}
data.update(k2=data.get("k", [])[::-1])
number = (7 // 2, 7 % 3, -7 / 2, 2 ** 100, 1 << 70, 0xFF & 0x0F | 0b1 ^ 0o7, ~5, abs(-3.5), round(2.675, 2))
a, *rest = [1, 2, 3]
(b, c), d = (4, 5), 6
try:
    try:
        {}["missing"]
    except KeyError as error:
        raise ValueError("wrapped") from error
    finally:
        counter += 1
except (ValueError, TypeError) as error:
    message = str(error)
else:
    message = ""
with open(__file__, encoding="utf-8") as source:
    first = source.readline()
assert summarise([3, 1, 2], reverse=True) >= 0, "never"
print(summarise([3, 1, 2]), closures(), areas, sorted(unique), pairs, text, data, number,
      a, rest, b, c, d, message, first[:1], math.floor(root(17.0)), sys.argv[:0], time.time() > 0,
      max(shapes), min([3, 1], default=0), sum(range(10)), any([0, 1]), all([]), len(shapes),
      repr(1e100), hex(255), chr(65), ord("a"), divmod(-7, 2), sep=";", end="\n", file=sys.stdout)
del counter


# Generators, coroutines and async generators (issue 4): their classes join the archive too.
def countdown(n):
    while n > 0:
        try:
            received = yield n
        except KeyError:
            received = None
        n -= 1 if received is None else received
    return "done"


def relay(n):
    result = yield from countdown(n)
    for x in (v * 2 for v in range(3)):
        yield x
    return result


class Tick:
    def __await__(self):
        return (yield "tick")


async def waiter(n):
    await Tick()
    return n + 1


async def numbers(limit):
    for i in range(limit):
        yield await waiter(i)


async def consume():
    total = [v async for v in numbers(3)]
    async for v in numbers(2):
        total.append(v)
    return total


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


relayed = relay(3)
print(next(relayed), relayed.send(None), relayed.throw(KeyError), list(relayed), drive(consume()))


# The standard library's common async modules, so that their import (decoded ASTs, the
# compiler, the event loop) starts from the archive too.
import asyncio
from async_generator import async_generator, yield_


@async_generator
async def library_style(n):
    for i in range(n):
        await yield_(i)


async def main():
    await asyncio.sleep(0)
    results = await asyncio.gather(*(asyncio.sleep(0, i) for i in range(3)))
    return results, [v async for v in library_style(3)]


print(asyncio.run(main()))
