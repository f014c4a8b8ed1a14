# Checks: closing a yield from chain whose sub-generator yields on GeneratorExit: RuntimeError at close(); raising sub propagates.
def stubborn():
    try:
        yield "sub"
    except GeneratorExit:
        print("sub ignores GeneratorExit")
        yield "sub still here"
    print("sub ending")

def outer():
    try:
        yield from stubborn()
    finally:
        print("outer finally")

g = outer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(g.gi_frame is not None)
print(next(g, "outer done"))

def raising_sub():
    try:
        yield 1
    finally:
        raise KeyError("from sub finally")

def outer2():
    try:
        yield from raising_sub()
    except KeyError as e:
        print("outer2 sees", repr(e), "context", repr(e.__context__))
        raise

g = outer2()
next(g)
try:
    g.close()
except KeyError as e:
    print("close raised", repr(e))
