# Checks: yield inside match statement cases, guards and the subject; resumption stays in the matched case.
def handler(commands):
    for cmd in commands:
        match cmd:
            case ("go", direction):
                yield "going " + direction
                print("  moved", direction)
            case ("pick", *items) if len(items) > 1:
                for it in items:
                    yield "picked " + it
            case {"say": text}:
                yield "said " + text
                yield "said again " + text
            case int(n) | float(n):
                yield "number " + str(n)
            case _:
                yield "unknown " + repr(cmd)
                print("  after unknown")

for out in handler([("go", "north"), ("pick", "a", "b"), ("pick", "x"), {"say": "hi"}, 3, 2.5, None]):
    print(out)

def match_on_yield():
    while True:
        match (yield "command?"):
            case "stop":
                return "stopped"
            case str(s):
                print("string", s)
            case x if (yield "guard asked") == "yes":
                print("guard accepted", x)
            case x:
                print("guard rejected", x)

g = match_on_yield()
print(next(g))
print(g.send("abc"))
print(g.send(1))
print(g.send("yes"))
print(g.send(2))
print(g.send("no"))
try:
    g.send("stop")
except StopIteration as e:
    print(e.value)
