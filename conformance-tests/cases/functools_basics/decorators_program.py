# Checks: a small program using functools: decorators with arguments built on wraps, a memoizing decorator, partial for callbacks, reduce for folding, cmp_to_key and total_ordering for sorting records
import functools

def memoize(func):
    cache = {}
    @functools.wraps(func)
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        else:
            wrapper.hits += 1
        return cache[args]
    wrapper.hits = 0
    return wrapper

def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

@memoize
def fib(n):
    "Fibonacci numbers."
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.hits, fib.__name__, fib.__doc__)

@repeat(3)
def greet(name, punctuation="!"):
    return "hi " + name + punctuation

print(greet("ann"), greet.__wrapped__("bob", punctuation="?"))

events = []
def on_event(kind, payload, *, source):
    events.append(f"{source}:{kind}:{payload}")

handlers = {kind: functools.partial(on_event, kind, source="test") for kind in ("open", "close")}
for kind in ("open", "close", "open"):
    handlers[kind](len(events))
print(events)

def compose(*funcs):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), funcs, lambda x: x)
pipeline = compose(str.strip, str.lower, functools.partial(str.split, sep=" "), "_".join)
print(pipeline("  Hello Big World "))

matrix = [[1, 2], [3, 4], [5, 6]]
print(functools.reduce(lambda acc, row: [a + b for a, b in zip(acc, row)], matrix))

@functools.total_ordering
class Employee:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def _key(self):
        return (self.dept, -self.salary, self.name)
    def __eq__(self, other):
        return self._key() == other._key()
    def __lt__(self, other):
        return self._key() < other._key()
    def __repr__(self):
        return f"{self.name}({self.dept},{self.salary})"

staff = [Employee("eve", "ops", 50), Employee("bob", "dev", 70), Employee("amy", "dev", 70),
         Employee("dan", "ops", 65), Employee("cat", "dev", 90)]
print(sorted(staff))
print(max(staff), min(staff), staff[1] >= staff[2])

def by_salary_desc(a, b):
    return b.salary - a.salary or (a.name > b.name) - (a.name < b.name)
print(sorted(staff, key=functools.cmp_to_key(by_salary_desc)))
totals = functools.reduce(lambda d, e: {**d, e.dept: d.get(e.dept, 0) + e.salary}, staff, {})
print(sorted(totals.items()))
