# Checks: tuple creation (incl. singletons and empty), indexing, slicing, concatenation, repr of 1-tuples.
t = (1, 2, 3)
single = (5,)
also_single = 5,
empty = ()
print(t, single, also_single, empty, tuple(), tuple("ab"), tuple([1, [2]]))
print(t[0], t[-1], t[1:], t[::-1], t + (4,), t * 2, len(t), 2 in t)
print(type(single).__name__, type((5)).__name__, (1, 2) == (1, 2), (1,) == 1)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t + [4]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
