# Checks: errors evaluating the first iterable of a genexp are raised at creation; later errors while iterating.
try:
    g = (x for x in 5)
except Exception as e:
    print("creation:", type(e).__name__, e)
try:
    g = (x for x in None)
except Exception as e:
    print("creation:", type(e).__name__, e)

def boom():
    raise ValueError("from first iterable")

try:
    g = (x for x in boom())
except Exception as e:
    print("creation:", type(e).__name__, e)

g = (x for x in range(2) for y in 7)
print("inner not evaluated yet")
try:
    next(g)
except Exception as e:
    print("iteration:", type(e).__name__, e)

g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except Exception as e:
    print("iteration:", type(e).__name__, e)
try:
    next(g)
except StopIteration:
    print("finished after error")
