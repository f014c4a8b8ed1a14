# Checks: yield inside a while condition is evaluated anew on each iteration; loop exits on falsy sent value.
def gen():
    count = 0
    while (yield "continue?"):
        count += 1
        print("body", count)
    else:
        print("else after", count)
    while (x := (yield "number?")) > 0:
        print("got positive", x)
    return count

g = gen()
print(next(g))
print(g.send(True))
print(g.send("yes"))
print(g.send(0))
print(g.send(5))
print(g.send(7))
try:
    g.send(-1)
except StopIteration as e:
    print("returned", e.value)
