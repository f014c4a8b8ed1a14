# Checks: yield in comparisons, chained comparisons (middle operand evaluated once), in/is operators.
def t(x):
    print("eval", x)
    return x

def gen():
    print("lt:", t(1) < (yield "rhs?"))
    print("chain:", t(1) < (yield "middle?") < t(10))
    print("chain short:", t(5) < (yield "middle2?") < t(10))
    print("in:", (yield "needle?") in t([1, 2, 3]))
    print("is None:", (yield "obj?") is None)
    print("eq:", [(yield "a"), (yield "b")] == [1, 2])

g = gen()
print(next(g))
for v in [2, 5, 0, 2, None, 1, 2]:
    try:
        print(g.send(v))
    except StopIteration:
        print("done")
