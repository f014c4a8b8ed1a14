# __slots__ with a __dict__ slot and errors, generic aliases, class namespaces as mappingproxy,
# variable annotations in classes, and classes made by type() in the calling module.

class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(3, 4)
print(v.norm2(), Vec.x, type(Vec.y).__name__)
v.x = 6
del v.y
try:
    v.norm2()
except AttributeError as e:
    print("AttributeError:", e)
try:
    v.__dict__
except AttributeError as e:
    print("AttributeError:", e)


class Flexible:
    __slots__ = ("fixed", "__dict__")


f = Flexible()
f.fixed = 1
f.extra = 2
print(f.fixed, f.extra, f.__dict__)

try:
    class Clash:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print("ValueError:", e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)

alias = dict[str, list[int]]
print(alias, alias.__origin__ is dict, alias.__args__, alias(a=[1]), list[Vec], tuple[()])
try:
    float[int]
except TypeError as e:
    print("TypeError:", e)


class Config:
    name: str = "app"
    port: int
    retries: "int" = 3


print(Config.__annotations__, Config.name, hasattr(Config, "port"))
ns = Config.__dict__
print(type(ns).__name__, ns["name"], "port" in ns, sorted([k for k in ["name", "retries", "port"] if k in ns]))
try:
    ns["name"] = "other"
except TypeError as e:
    print("TypeError:", e)

Made = type("Made", (Config,), {"port": 80})
print(Made, Made.__module__, Made.port, Made.name, Made.__qualname__)


def local_annotations():
    count: int = 1
    label: undefined_name  # never evaluated inside a function
    return count


print(local_annotations())
