# Checks: send/throw/return values through a yield from chain five deep; each level sees its own return value.
def leaf():
    got = []
    while True:
        x = yield "leaf has " + str(len(got))
        if x == "stop":
            return got
        got.append(x)

def level(depth):
    if depth == 0:
        r = yield from leaf()
    else:
        r = yield from level(depth - 1)
    print("level", depth, "received", r)
    return r + [depth]

g = level(4)
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("stop")
except StopIteration as e:
    print("top returned", e.value)

def catching_level(depth):
    try:
        if depth == 0:
            yield "deepest"
        else:
            yield from catching_level(depth - 1)
    except KeyError as e:
        print("caught at depth", depth, e)
        if depth < 2:
            raise
        yield "handled at " + str(depth)

g = catching_level(4)
print(next(g))
print(g.throw(KeyError("deep")))
g.close()
