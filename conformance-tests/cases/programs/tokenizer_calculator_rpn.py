# Program: shunting-yard conversion of infix expressions to RPN and an RPN evaluator with exact integer math.
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT = {"^"}


def tokens(expr):
    out, num = [], ""
    for ch in expr:
        if ch.isdigit():
            num += ch
            continue
        if num:
            out.append(num)
            num = ""
        if ch in PREC or ch in "()":
            out.append(ch)
        elif not ch.isspace():
            raise ValueError(f"bad character {ch!r}")
    if num:
        out.append(num)
    return out


def to_rpn(toks):
    output, stack = [], []
    for t in toks:
        if t.isdigit():
            output.append(t)
        elif t in PREC:
            while stack and stack[-1] in PREC and (
                    PREC[stack[-1]] > PREC[t] or (PREC[stack[-1]] == PREC[t] and t not in RIGHT)):
                output.append(stack.pop())
            stack.append(t)
        elif t == "(":
            stack.append(t)
        else:
            while stack and stack[-1] != "(":
                output.append(stack.pop())
            if not stack:
                raise ValueError("unbalanced ')'")
            stack.pop()
    while stack:
        op = stack.pop()
        if op == "(":
            raise ValueError("unbalanced '('")
        output.append(op)
    return output


def eval_rpn(rpn):
    stack = []
    for t in rpn:
        if t.isdigit():
            stack.append(int(t))
            continue
        if len(stack) < 2:
            raise ValueError(f"not enough operands for {t}")
        b, a = stack.pop(), stack.pop()
        if t == "+":
            stack.append(a + b)
        elif t == "-":
            stack.append(a - b)
        elif t == "*":
            stack.append(a * b)
        elif t == "/":
            stack.append(a // b)
        elif t == "%":
            stack.append(a % b)
        else:
            stack.append(a ** b)
    if len(stack) != 1:
        raise ValueError("leftover operands")
    return stack[0]


EXPRS = ["3 + 4 * 2", "(3 + 4) * 2", "2 ^ 3 ^ 2", "100 / 7 % 4", "2 ^ 100 - 1", "((1))", "7 - 10 / 3",
         "(1 + 2", "1 + 2)", "4 # 2", "5 / (3 - 3)", "3 4 +", "+"]
for e in EXPRS:
    try:
        rpn = to_rpn(tokens(e))
        print(f"{e:<14} -> {' '.join(rpn):<22} = {eval_rpn(rpn)}")
    except (ValueError, ZeroDivisionError) as err:
        print(f"{e:<14} !! {type(err).__name__}: {err}")
