# Checks: x += yield, augmented assignment to subscripts/attributes with yield: target evaluated once, before the yield.
def acc():
    total = 0
    while True:
        total += yield total

g = acc()
next(g)
print(g.send(5), g.send(10), g.send(-3))
g.close()

class Box:
    def __init__(self):
        self._v = 100
    @property
    def v(self):
        print("get v")
        return self._v
    @v.setter
    def v(self, value):
        print("set v", value)
        self._v = value

def targets():
    box = Box()
    data = {"n": 1}
    def key():
        print("key evaluated")
        return "n"
    data[key()] += yield "subscript"
    box.v -= yield "attribute"
    s = "ab"
    s *= (yield "repeat?")
    yield (data, box._v, s)

g = targets()
print(next(g))
print(g.send(41))
print(g.send(1))
print(g.send(3))
