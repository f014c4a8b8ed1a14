# Checks: lambdas stored in lists/dicts, closures over loop variables via defaults, and sorting with lambdas.
pipeline = [lambda s: s.strip(), lambda s: s.lower(), lambda s: s.replace(" ", "_")]
value = "  Hello World  "
for step in pipeline:
    value = step(value)
print(value)
handlers = {n: (lambda n=n: n * n) for n in range(4)}
print([handlers[k]() for k in sorted(handlers)])
print((lambda: (w := 5) * w)())
