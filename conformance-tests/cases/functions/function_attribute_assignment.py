# Checks: assigning and deleting function attributes: the special ones check their types,
# __defaults__/__kwdefaults__ really change the defaults calls use, anything else lands in __dict__.
def greet(name, greeting="Hello", *, punct="!"):
    """Say hello."""
    return f"{greeting}, {name}{punct}"


print(greet("Ada"), greet.__defaults__, greet.__kwdefaults__)
greet.__defaults__ = ("Hi",)
greet.__kwdefaults__ = {"punct": "?"}
print(greet("Bob"))
greet.__kwdefaults__["punct"] = "."
print(greet("Cy"), greet.__kwdefaults__)
greet.__defaults__ = ("Yo", )
print(greet("Di"), greet.__defaults__ is greet.__defaults__)
del greet.__defaults__
print(greet.__defaults__)
try:
    greet("Ed")
except TypeError as e:
    print("TypeError:", e)
del greet.__kwdefaults__
try:
    greet("Ed", "Hey")
except TypeError as e:
    print("TypeError:", e)

for attr, value in [("__name__", 5), ("__qualname__", None), ("__defaults__", [1]),
                    ("__kwdefaults__", ()), ("__dict__", 3), ("__code__", "code")]:
    try:
        setattr(greet, attr, value)
    except TypeError as e:
        print(attr, "->", e)
for attr in ("__closure__", "__globals__"):
    try:
        setattr(greet, attr, None)
    except AttributeError as e:
        print(attr, "->", e)

greet.__name__ = "welcome"
greet.__qualname__ = "Greeter.welcome"
greet.__doc__ = ["not", "a", "string"]
greet.__module__ = "greetings"
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(repr(greet).startswith("<function Greeter.welcome at 0x"))
try:
    greet()
except TypeError as e:
    print(e)
try:
    greet("a", "b", "c")
except TypeError as e:
    print(e)

greet.calls = 0
greet.calls += 1
greet.tags = ["x"]
print(greet.calls, sorted(vars(greet)), greet.__dict__ is vars(greet))
greet.__dict__ = {"fresh": True}
print(greet.__dict__, hasattr(greet, "calls"))
del greet.fresh
for name in ("fresh", "__dict__", "__name__"):
    try:
        delattr(greet, name)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    greet.missing
except AttributeError as e:
    print(e)
del greet.__doc__
del greet.__module__
print(greet.__doc__, greet.__module__)
