# Checks: sending a non-None value to a just-started generator raises TypeError and leaves it unstarted.
def gen():
    print("body runs")
    x = yield 1
    print("got", x)
    yield 2

g = gen()
for v in [1, "a", 0, False, ()]:
    try:
        g.send(v)
    except Exception as e:
        print(type(e).__name__, e)
print(g.gi_frame is not None)
print(g.send(None))
print(g.send("hello"))
g.close()

h = (i for i in range(3))
try:
    h.send(7)
except Exception as e:
    print(type(e).__name__, e)
print(next(h))
print(h.send(99))
