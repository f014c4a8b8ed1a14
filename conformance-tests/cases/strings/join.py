# Checks: str.join with lists, tuples, generators-free iterables (strings, dict keys), and error for non-str items.
print(", ".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"))
print("|".join({"k1": 1, "k2": 2}), " ".join([]), "+".join(["solo"]))
print("\n".join(map(str, [1, 2, 3])), "/".join([str(i) for i in range(3)]))
try:
    ", ".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ", ".join(5)
except TypeError as e:
    print(type(e).__name__, e)
