# Checks: ValueError "generator already executing" when a running generator is resumed by next/send/throw/close.
def selfish():
    try:
        next(g)
    except ValueError as e:
        print("next:", type(e).__name__, e)
    try:
        g.send(None)
    except ValueError as e:
        print("send:", type(e).__name__, e)
    try:
        g.throw(KeyError)
    except ValueError as e:
        print("throw:", type(e).__name__, e)
    try:
        g.close()
    except ValueError as e:
        print("close:", type(e).__name__, e)
    yield "still fine"
    yield "more"

g = selfish()
print(next(g))
print(next(g))

def via_yield_from():
    yield from sub

def sub_body():
    try:
        next(outer)
    except ValueError as e:
        print("outer from inner:", e)
    try:
        next(sub)
    except ValueError as e:
        print("inner from inner:", e)
    yield "ok"

sub = sub_body()
outer = via_yield_from()
print(next(outer))

def recursive_genexp():
    return (next(h) for _ in range(1))

h = recursive_genexp()
try:
    next(h)
except ValueError as e:
    print("genexp:", e)
