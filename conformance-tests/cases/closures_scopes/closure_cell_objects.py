# Checks: cell objects in __closure__: shared between closures, cell_contents read/write/delete,
# "Cell is empty" for unbound cells, ordering by co_freevars, None for functions without free variables.
def counter():
    count = 0
    step = 1
    def bump():
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return bump, peek


bump, peek = counter()
bump()
bump()
print(peek(), bump.__code__.co_freevars, peek.__code__.co_freevars)
print([c.cell_contents for c in bump.__closure__], type(bump.__closure__[0]).__name__)
print(bump.__closure__[0] is peek.__closure__[0])
peek.__closure__[0].cell_contents = 100
print(bump(), peek())
print(counter.__closure__, len(bump.__closure__))


def late():
    def show():
        return value
    cell = show.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    try:
        show()
    except NameError as e:
        print("NameError:", e)
    value = "bound now"
    print(cell.cell_contents, show())
    del cell.cell_contents
    try:
        show()
    except NameError as e:
        print("NameError:", e)
    del cell.cell_contents
    cell.cell_contents = "again"
    return show()


print(late())
print(repr(bump.__closure__[0]).startswith("<cell at 0x"))


def make_adders():
    adders = {}
    for n in (1, 2):
        def add(x, n=n):
            return x + n
        adders[n] = add
    return adders


print({k: (f(10), f.__closure__) for k, f in make_adders().items()})
try:
    bump.__closure__[0].other = 1
except AttributeError as e:
    print("AttributeError:", e)
