# Checks: dict equality ignores order; comparisons other than == raise TypeError; views compare like sets.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1}, a == {"x": 1.0, "y": 2.0})
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(a.keys() == b.keys(), a.items() == b.items(), a.values() == b.values())
print(a.keys() < {"x", "y", "z"}, a.items() <= {("x", 1), ("y", 2)})
