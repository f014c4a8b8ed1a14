# Checks: yield in and/or operands: short-circuited yields must not run; the value of the expression is right.
def gen(a):
    r = a and (yield "and-right")
    print("and result", repr(r))
    r = a or (yield "or-right")
    print("or result", repr(r))
    r = (yield "left") or (yield "right-of-or")
    print("or of yields", repr(r))
    r = not (yield "not")
    print("not result", r)

def drive(a, sends):
    g = gen(a)
    out = [next(g)]
    try:
        for s in sends:
            out.append(g.send(s))
    except StopIteration:
        out.append("stop")
    print(out)

drive(0, ["L", 0])
drive(1, ["AR", "L", 0])
drive(0, ["OR", 0, "RR", 1])
drive(1, ["x", 0, 5, ""])
