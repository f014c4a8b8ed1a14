# Checks: key functions: builtins as keys (abs, len, str), tuple keys, negation for mixed directions.
print(sorted([-5, 3, -1, 4, -2], key=abs))
print(sorted(["ccc", "a", "bb", "dd"], key=len))
print(sorted([10, 9, 100, 1], key=str))
people = [("Zed", 30), ("amy", 25), ("Bob", 30), ("cat", 25)]
print(sorted(people, key=lambda p: (-p[1], p[0].lower())))
print(sorted(range(10), key=lambda n: (n % 2, -n)))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
