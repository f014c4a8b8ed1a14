# Checks: NameError suggestions come from the failing frame's local variables first, then globals and builtins.
total_count = 10
def summarize(items):
    item_total = 0
    for item in items:
        item_total += item
    return item_totl + total_count
print(summarize([1, 2]))
