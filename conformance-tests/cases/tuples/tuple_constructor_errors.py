# Checks: tuple() from various iterables and TypeError for non-iterables.
print(tuple({"a": 1, "b": 2}), tuple({"a": 1}.items()), tuple(range(0)), tuple(b"ab"))
try:
    tuple(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
