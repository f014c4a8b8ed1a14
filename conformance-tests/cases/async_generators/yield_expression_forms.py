# Checks: yield as an expression in an async generator: in call arguments (order), displays, and/or short-circuit, conditionals.
def t(x):
    print("  eval", x)
    return x

def f(*a):
    return a

async def agen():
    r = f(t(1), (yield "call"), t(3))
    print("call result", r)
    r = [(yield "list-a"), t("b")]
    print("list", r)
    r = 0 and (yield "never")
    print("and short-circuit", r)
    r = (yield "or-left") or (yield "or-right")
    print("or", r)
    r = (yield "then") if t(True) else (yield "else")
    print("conditional", r)
    total = 10
    total += yield "augassign"
    print("augassign", total)
    if (w := (yield "walrus")):
        print("walrus", w)

ag = agen()
def step(v):
    try:
        ag.asend(v).send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "end"

out = [step(None)]
for v in [2, "A", 0, "R", "T", 5, "W"]:
    out.append(step(v))
print(out)
