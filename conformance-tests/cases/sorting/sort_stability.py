# Checks: sort is stable (equal keys keep their order), also with reverse=True, and multi-pass sorting.
records = [("ann", 3), ("bob", 1), ("cid", 3), ("dee", 2), ("eve", 1), ("fay", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name_desc = sorted(records, key=lambda r: r[0], reverse=True)
print(sorted(by_name_desc, key=lambda r: r[1]))
data = [(i % 3, i) for i in range(12)]
data.sort(key=lambda t: t[0])
print(data)
