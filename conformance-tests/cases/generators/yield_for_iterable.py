# Checks: for x in (yield): the iterable is obtained once from the yield; the loop does not re-yield per item.
def gen():
    for x in (yield "iterable?"):
        print("item", x)
        got = yield x
        print("sent", got)
    print("loop ended")
    for y in [(yield "a"), (yield "b")]:
        print("y", y)

g = gen()
print(next(g))
print(g.send([1, 2]))
print(g.send("s1"))
print(g.send("s2"))
print(g.send("A"))
try:
    g.send("B")
except StopIteration:
    print("finished")
