# Checks: gi_frame is a frame while unstarted/suspended and None after return, exception, or close.
def gen():
    yield 1

g = gen()
print(type(g.gi_frame).__name__)
next(g)
print(type(g.gi_frame).__name__)
list(g)
print(g.gi_frame)

g = gen()
g.close()
print("closed unstarted:", g.gi_frame)

def raises():
    yield 1
    raise KeyError("x")

g = raises()
next(g)
try:
    next(g)
except KeyError:
    pass
print("after exception:", g.gi_frame)

g = gen()
try:
    g.throw(ValueError)
except ValueError:
    pass
print("after throw into unstarted:", g.gi_frame)
print(g.gi_running, g.gi_yieldfrom)
