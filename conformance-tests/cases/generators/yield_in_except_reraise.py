# Checks: bare raise after resuming inside an except block re-raises the handled exception, with the right traceback line.
def gen():
    try:
        1 / 0
    except ZeroDivisionError as e:
        yield "handling " + type(e).__name__
        try:
            raise KeyError("nested")
        except KeyError:
            yield "nested handler"
        yield "back in outer handler"
        raise

g = gen()
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("re-raised", type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)

def named_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        yield "in handler"
    try:
        err
    except NameError as e:
        yield "err unbound: " + str(e)

print(list(named_cleared()))
