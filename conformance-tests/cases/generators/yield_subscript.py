# Checks: yield inside subscripts, slices and subscript assignment targets; container evaluated before the yield.
def src(x):
    print("container evaluated")
    return x

def gen():
    data = [10, 20, 30, 40]
    v = src(data)[(yield "index?")]
    print("v =", v)
    s = data[(yield "lo?"):(yield "hi?")]
    print("s =", s)
    d = {}
    d[(yield "key?")] = (yield "value?")
    print("d =", d)
    m = [[1, 2], [3, 4]]
    print("m item", m[(yield "row?")][(yield "col?")])
    try:
        data[(yield "bad index?")]
    except Exception as e:
        print(type(e).__name__, e)

g = gen()
print(next(g))
for v in [2, 1, 3, "k", "val", 1, 0, 99]:
    try:
        print(g.send(v))
    except StopIteration:
        print("done")
