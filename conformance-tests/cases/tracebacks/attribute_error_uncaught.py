# Checks: an uncaught AttributeError on None shows the standard message (no "Did you mean" for None).
def find(items, key):
    for item in items:
        if item == key:
            return item
result = find(["a", "b"], "z")
result.upper()
