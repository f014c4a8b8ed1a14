# Checks: str.format with positional, automatic, keyword, indexed, attribute fields, conversions and nested specs.
print("{} {} {}".format(1, "two", 3.0))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {0[0]} {1[key]}".format([10, 20], {"key": "v"}))
class P:
    x = 3
    y = 4
print("{0.x},{0.y}".format(P()))
print("{!r} {!s} {!a}".format("hi", "hi", "héllo"))
print("{:>{width}} {:.{prec}f}".format("r", 3.14159, width=5, prec=2))
print("{{literal}} {}".format("x"))
print("{0:{1}{2}}".format(42, "*^", 9))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{missing}".format()
except KeyError as e:
    print(type(e).__name__, e)
print("{:,}".format(1234567), "{:%}".format(0.5), "{:x}".format(255))
print("{0!r:>10}".format("a"), "%s".format(), "{}".format(None))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
