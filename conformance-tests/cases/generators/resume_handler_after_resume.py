# Checks: after resuming, a raised exception is caught by the handler enclosing the current yield, not an earlier one.
def gen():
    try:
        yield "outer try"
    except KeyError:
        print("WRONG: first try's handler")
    try:
        for i in range(2):
            try:
                yield "inner " + str(i)
                raise KeyError(i)
            except KeyError as e:
                print("inner handler caught", e)
                yield "after inner handler " + str(i)
        raise IndexError("after loop")
    except IndexError as e:
        print("outer handler caught", e)
    try:
        yield "third try"
    except KeyError:
        print("WRONG: third handler caught a thrown KeyError")
        raise
    finally:
        print("third finally")

g = gen()
print(next(g))
for _ in range(4):
    print(next(g))
print(next(g))
try:
    g.throw(TypeError("thrown into third try"))
except TypeError as e:
    print("propagated", e)
