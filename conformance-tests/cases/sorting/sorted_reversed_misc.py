# Checks: sorted returns a new list; reversed on lists/tuples/strings/ranges; reversed of dict; list.reverse in place.
a = [3, 1, 2]
b = sorted(a)
print(a, b, a is b)
print(list(reversed(a)), list(reversed((1, 2))), "".join(reversed("abc")), list(reversed(range(4))))
print(list(reversed({"x": 1, "y": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
a.reverse()
print(a)
