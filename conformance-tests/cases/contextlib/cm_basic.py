# Checks: @contextmanager basics: setup/body/cleanup order, the yielded value bound by `as`, arguments passed to the generator, a new generator per call, return values of __enter__/__exit__
from contextlib import contextmanager

log = []

@contextmanager
def tag(name, *, close="/"):
    log.append("<" + name + ">")
    try:
        yield name.upper()
    finally:
        log.append("<" + close + name + ">")

with tag("a") as value:
    log.append("body " + value)
print(log)

log.clear()
with tag("b", close="end ") as v1, tag("c") as v2:
    log.append(v1 + v2)
print(log)

@contextmanager
def no_value():
    print("before")
    yield
    print("after")

with no_value() as x:
    print("inside, x =", x)

cm = tag("d")
print(type(cm).__name__, hasattr(cm, "gen"))
log.clear()
print(cm.__enter__())
print(cm.__exit__(None, None, None))
print(log)

# The generator runs only when entered.
@contextmanager
def lazy():
    print("lazy started")
    yield 42

c = lazy()
print("created")
with c as n:
    print(n)

# Loops and early exits leave the with statement through __exit__.
for i in range(3):
    with tag(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
print(log[-6:])

def f():
    with tag("ret"):
        return "returned"
print(f(), log[-1])
