# Checks: an uncaught exception raised three generators deep through yield from: traceback lists every frame.
def leaf(n):
    for i in range(n):
        yield 10 // (n - i - 1)

def middle(n):
    yield "middle start"
    yield from leaf(n)

def top():
    yield from middle(3)

for v in top():
    print(v)
