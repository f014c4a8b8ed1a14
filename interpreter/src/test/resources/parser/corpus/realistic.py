"""A tiny word-frequency counter."""
import sys
from collections import Counter


def words(text):
    for line in text.splitlines():
        for word in line.split():
            word = word.strip('.,;:!?"\'').lower()
            if word:
                yield word


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print('usage: wc FILE', file=sys.stderr)
        return 2
    with open(argv[0], encoding='utf-8') as fh:
        counts = Counter(words(fh.read()))
    for word, n in counts.most_common(10):
        print(f'{word:<20} {n:>5}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
#---
class Node:
    __slots__ = ('value', 'left', 'right')

    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


class BinarySearchTree:
    def __init__(self):
        self.root = None
        self._size = 0

    def __len__(self):
        return self._size

    def insert(self, value):
        if self.root is None:
            self.root = Node(value)
        else:
            node = self.root
            while True:
                if value < node.value:
                    if node.left is None:
                        node.left = Node(value)
                        break
                    node = node.left
                else:
                    if node.right is None:
                        node.right = Node(value)
                        break
                    node = node.right
        self._size += 1

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.value
            node = node.right
#---
import asyncio
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Job:
    name: str
    delay: float = 0.1
    tags: list[str] = field(default_factory=list)


async def run(job: Job, results: dict[str, float]) -> None:
    await asyncio.sleep(job.delay)
    results[job.name] = job.delay


async def main(jobs: list[Job]) -> dict[str, float]:
    results: dict[str, float] = {}
    async with asyncio.timeout(10):
        await asyncio.gather(*(run(j, results) for j in jobs))
    return {k: v for k, v in sorted(results.items()) if v >= 0}


if __name__ == '__main__':
    print(asyncio.run(main([Job('a'), Job('b', 0.2, ['slow'])])))
#---
def memoize(func):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        try:
            return cache[key]
        except KeyError:
            result = cache[key] = func(*args, **kwargs)
            return result
        finally:
            wrapper.calls += 1

    wrapper.calls = 0
    wrapper.__name__ = func.__name__
    return wrapper


@memoize
def fib(n: int) -> int:
    """Return the n-th Fibonacci number."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


assert fib(30) == 832040, 'wrong result'
print(fib.calls)
#---
import re
import json

TOKEN_RE = re.compile(r'\s*(?:(\d+\.?\d*)|(.))')


def tokenize(expr):
    for number, op in TOKEN_RE.findall(expr):
        if number:
            yield ('NUM', float(number))
        elif op in '+-*/()':
            yield ('OP', op)
        else:
            raise SyntaxError(f'unexpected character {op!r}')


class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def next(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while (op := self.peek()[1]) in ('+', '-'):
            self.next()
            value = value + self.term() if op == '+' else value - self.term()
        return value

    def term(self):
        value = self.atom()
        while self.peek()[1] in ('*', '/'):
            _, op = self.next()
            rhs = self.atom()
            value = value * rhs if op == '*' else value / rhs
        return value

    def atom(self):
        kind, value = self.next()
        if value == '(':
            value = self.expr()
            self.next()
        return value


print(json.dumps({'result': Parser('2 * (3 + 4)').expr()}))
#---
import contextlib
import os
import tempfile


@contextlib.contextmanager
def chdir(path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield path
    finally:
        os.chdir(old)


def write_files(spec, *, base=None, encoding='utf-8'):
    base = base or tempfile.mkdtemp()
    with chdir(base):
        for name, content in spec.items():
            if isinstance(content, dict):
                os.makedirs(name, exist_ok=True)
                write_files(content, base=os.path.join(base, name), encoding=encoding)
                continue
            with open(name, 'w', encoding=encoding) as fh:
                fh.write(content)
    return base


root = write_files({'a.txt': 'hello\n', 'sub': {'b.txt': 'world\n'}})
print(sorted(os.listdir(root)))
#---
from enum import Enum, auto
from typing import Iterator, NamedTuple


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


class Pixel(NamedTuple):
    x: int
    y: int
    color: Color = Color.RED


def grid(w: int, h: int) -> Iterator[Pixel]:
    colors = list(Color)
    for y in range(h):
        for x in range(w):
            yield Pixel(x, y, colors[(x + y) % len(colors)])


counts = {}
for p in grid(4, 3):
    counts[p.color.name] = counts.get(p.color.name, 0) + 1
print(', '.join(f'{k}={v}' for k, v in sorted(counts.items())))
#---
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    less = [x for x in rest if x < pivot]
    more = [x for x in rest if x >= pivot]
    return quicksort(less) + [pivot] + quicksort(more)


def merge_sort(xs):
    if len(xs) < 2:
        return list(xs)
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out += left[i:] + right[j:]
    return out


data = [5, 3, 9, 1, 5, 7, -2, 0]
assert quicksort(data) == merge_sort(data) == sorted(data)
#---
import threading
import queue


class Worker(threading.Thread):
    def __init__(self, tasks: 'queue.Queue[tuple]', results: list, lock: threading.Lock) -> None:
        super().__init__(daemon=True)
        self.tasks, self.results, self.lock = tasks, results, lock

    def run(self) -> None:
        while True:
            item = self.tasks.get()
            if item is None:
                self.tasks.task_done()
                return
            func, args = item
            try:
                value = func(*args)
            except Exception as exc:  # noqa
                value = exc
            with self.lock:
                self.results.append(value)
            self.tasks.task_done()


tasks = queue.Queue()
results, lock = [], threading.Lock()
workers = [Worker(tasks, results, lock) for _ in range(4)]
for w in workers:
    w.start()
for n in range(10):
    tasks.put((pow, (2, n)))
for _ in workers:
    tasks.put(None)
tasks.join()
print(sorted(r for r in results if not isinstance(r, Exception)))
#---
def counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = 0

    return increment, reset


inc, reset = counter()
inc(); inc(5)
print(inc())
reset()

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [list(row) for row in zip(*matrix)]
flat = [x for row in matrix for x in row if x % 2]
diag = {i: matrix[i][i] for i in range(len(matrix))}
print(transposed, flat, diag, sep='\n')
#---
class Vector:
    def __init__(self, *components):
        self.components = tuple(components)

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))

    def __mul__(self, k):
        return Vector(*(k * a for a in self))

    __rmul__ = __mul__

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def __iter__(self):
        return iter(self.components)

    def __abs__(self):
        return (self @ self) ** 0.5

    def __repr__(self):
        return f"Vector{self.components!r}"


v = Vector(1, 2) + 2 * Vector(3, 4)
print(v, abs(v), v @ v)
#---
import logging

log = logging.getLogger(__name__)


def retry(times=3, exceptions=(Exception,)):
    def decorate(func):
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    last = exc
                    log.warning('attempt %d/%d failed: %s', attempt, times, exc)
            else:
                raise RuntimeError(f'{func.__name__} failed') from last
        return wrapper
    return decorate


@retry(times=2, exceptions=(ValueError, KeyError))
def flaky(x):
    if x < 0:
        raise ValueError(x)
    return x * 2
