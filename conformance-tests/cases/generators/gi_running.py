# Checks: gi_running is True only while the generator's body executes (seen from inside), False when suspended or done.
def gen():
    print("inside, running:", me.gi_running)
    yield 1
    print("inside again, running:", me.gi_running)
    yield 2

me = gen()
print("before start:", me.gi_running)
next(me)
print("suspended:", me.gi_running)
next(me)
print("suspended 2:", me.gi_running)
list(me)
print("finished:", me.gi_running)

def outer():
    yield from inner_gen
    
def inner():
    print("inner sees outer running:", outer_gen.gi_running, "inner running:", inner_gen.gi_running)
    yield "x"

inner_gen = inner()
outer_gen = outer()
next(outer_gen)
print(outer_gen.gi_running, inner_gen.gi_running)
outer_gen.close()
try:
    me.gi_running = True
except Exception as e:
    print(type(e).__name__, e)
