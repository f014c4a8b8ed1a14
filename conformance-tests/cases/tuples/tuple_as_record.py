# Checks: tuples used as records: sorting by fields with key functions, grouping by first element.
people = [("Ann", 31, "NYC"), ("Bob", 25, "LA"), ("Cid", 31, "SF"), ("Dee", 22, "NYC")]
by_age = sorted(people, key=lambda p: (p[1], p[0]))
for name, age, city in by_age:
    print(f"{name:<4}{age:>3} {city}")
groups = {}
for p in people:
    groups.setdefault(p[2], []).append(p[0])
print(groups)
print(sorted(people, key=lambda p: -p[1])[0])
