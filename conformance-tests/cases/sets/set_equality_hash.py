# Checks: set equality with frozensets, sets containing equal numbers of different types, unhashable elements.
print({1, 2} == frozenset([2, 1]), {1, 1.0, True}, len({0, 0.0, False, -0.0}))
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
print({(1, 2), (1, 2)}, {None})
