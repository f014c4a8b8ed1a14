# Checks: next/send/throw on an exhausted generator: StopIteration with value None every time; throw re-raises.
def gen():
    yield 1
    return "result"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("first stop", e.value)
for action in ["next", "send None", "send 5"]:
    try:
        if action == "next":
            next(g)
        elif action == "send None":
            g.send(None)
        else:
            g.send(5)
    except StopIteration as e:
        print(action, "-> StopIteration", e.value)
try:
    g.throw(KeyError("k"))
except Exception as e:
    print(type(e).__name__, e)
print(g.close())
print(g.gi_frame)
