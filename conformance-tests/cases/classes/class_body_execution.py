# Checks: class bodies execute top to bottom at definition time; loops and conditionals inside class bodies.
print("before class")
class Config:
    print("executing class body")
    values = {}
    for i in range(3):
        values[f"k{i}"] = i * i
    if len(values) > 2:
        big = True
    del i
print("after class", Config.values, Config.big, hasattr(Config, "i"))
