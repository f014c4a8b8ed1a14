# Checks: yield inside conditional expressions: only the selected branch's yield runs.
def gen(flag):
    r = (yield "then") if flag else (yield "else")
    print("r =", r)
    r2 = "T" if (yield "cond?") else "F"
    print("r2 =", r2)
    r3 = (yield "a") if (yield "c") else (yield "b")
    print("r3 =", r3)

def drive(flag, answers):
    g = gen(flag)
    out = [next(g)]
    try:
        for a in answers:
            out.append(g.send(a))
    except StopIteration:
        out.append("stop")
    print(out)

drive(True, ["x", 1, 1, "A"])
drive(False, ["y", 0, 0, "B"])
