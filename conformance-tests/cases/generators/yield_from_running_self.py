# Checks: a generator doing yield from itself, or from a running outer generator: ValueError "generator already executing".
def selfish():
    yield 1
    yield from me

me = selfish()
print(next(me))
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print(me.gi_frame)

def a():
    yield "a start"
    yield from b_gen

def b():
    yield "b start"
    yield from a_gen

a_gen = a()
b_gen = b()
print(next(a_gen))
print(next(a_gen))
try:
    next(a_gen)
except ValueError as e:
    print(type(e).__name__, e)
print(a_gen.gi_frame, b_gen.gi_frame)
