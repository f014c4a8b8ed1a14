# Checks: errors inside list/dict comprehensions show a <listcomp>/<dictcomp> frame.
def invert(d):
    return {v: k for k, v in d.items()}
print(invert({"a": 1}))
items = [1, 2, "three"]
doubled = [x + 1 for x in items]
