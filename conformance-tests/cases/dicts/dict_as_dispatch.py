# Checks: dicts mapping names to functions (dispatch tables) and default handlers.
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
ops = {"+": add, "-": sub, "*": mul}
for expr in ["3 + 4", "10 - 7", "6 * 7", "8 / 2"]:
    a, op, b = expr.split()
    fn = ops.get(op)
    print(expr, "=", fn(int(a), int(b)) if fn else f"unknown operator {op!r}")
