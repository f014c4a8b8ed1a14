# Checks: yield from an already exhausted or already started generator continues from its current state.
def sub():
    yield 1
    yield 2
    yield 3
    return "sub done"

def outer(s):
    r = yield from s
    yield "outer got " + repr(r)

s = sub()
print(next(s))
print(list(outer(s)))
print(list(outer(s)))
done = sub()
list(done)
print(list(outer(done)))
closed = sub()
closed.close()
print(list(outer(closed)))
