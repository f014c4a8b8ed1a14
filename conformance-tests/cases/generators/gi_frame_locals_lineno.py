# Checks: gi_frame.f_locals shows the generator's current locals; f_lineno is the line of the suspended yield.
def gen(a, b=2):
    c = a + b
    yield "first"
    d = c * 2
    for i in range(2):
        yield i
    del c
    yield "last"

g = gen(1)
f = g.gi_frame
print(sorted(f.f_locals.items()))
print("unstarted f_lineno:", f.f_lineno)
next(g)
print(sorted(f.f_locals.items()), f.f_lineno)
next(g)
print(sorted(f.f_locals.items()), f.f_lineno)
next(g)
print(sorted(f.f_locals.items()), f.f_lineno)
next(g)
print(sorted(f.f_locals.items()), f.f_lineno)
print(f.f_code.co_name, g.gi_frame is f)
print(f.f_code.co_varnames)
list(g)
print(g.gi_frame)
