# Checks: how * and ** call errors name the callee (module-qualified __qualname__, builtins
# bare, objects without __qualname__ by str), ** from any mapping with keys(), and errors
# an iterable raises itself passing through unchanged.
def report(*args, **kwargs):
    return args, kwargs


class Registry:
    def add(self, *items):
        return items


class Settings:
    def __init__(self, data):
        self.data = data

    def keys(self):
        return list(self.data)

    def __getitem__(self, key):
        return self.data[key]


class Broken:
    def __iter__(self):
        raise TypeError("broken iterator")


calls = [
    lambda: report(*5),
    lambda: report(**[("a", 1)]),
    lambda: Registry().add(*None),
    lambda: Registry(**3),
    lambda: len(*4),
    lambda: [].append(*1.5),
    lambda: report(*Broken()),
    lambda: report(**{"a": 1}, **Settings({"a": 2})),
    lambda: report(**{2: "two"}),
    lambda: report(a=1, **{"a": 2}),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
print(report(*"ab", **Settings({"x": 1, "y": 2})))
report.__qualname__ = "Renamed.report"
try:
    report(*7)
except TypeError as e:
    print(e)
report.__module__ = None
try:
    report(*7)
except TypeError as e:
    print(e)
