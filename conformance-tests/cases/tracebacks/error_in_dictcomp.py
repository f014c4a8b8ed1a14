# Checks: an error inside a dict comprehension called from a function shows the <dictcomp> frame.
def ratios(pairs):
    return {a: a / b for a, b in pairs}
print(ratios([(1, 2)]))
ratios([(1, 2), (3, 0)])
