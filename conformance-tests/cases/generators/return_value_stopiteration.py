# Checks: return value becomes StopIteration.value; args; return None / bare return / falling off the end; tuple values.
def ret(v):
    yield "x"
    return v

for v in [42, None, (1, 2), "s", [1]]:
    g = ret(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args)

def bare_return():
    yield 1
    return
    yield 2

g = bare_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("bare:", e.value, e.args)

def no_yield_reached(flag):
    if flag:
        return "early"
    yield "never"

try:
    next(no_yield_reached(True))
except StopIteration as e:
    print("early:", e.value)

def ret_exc():
    yield
    return ValueError("as value")

g = ret_exc()
next(g)
try:
    next(g)
except StopIteration as e:
    print(type(e.value).__name__, e.value)
