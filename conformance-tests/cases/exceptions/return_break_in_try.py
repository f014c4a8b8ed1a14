# Checks: return/break/continue inside try with finally, and values computed before finally runs.
def f():
    x = "initial"
    try:
        return x
    finally:
        x = "changed in finally"
        print("finally sees", x)
print(f())
def g():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(g())
def h():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(h())
