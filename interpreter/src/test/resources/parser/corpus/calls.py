f()
#---
f(a)
#---
f(a, b, c)
#---
f(a,)
#---
f(*a)
#---
f(**k)
#---
f(*a,)
#---
f(**k,)
#---
f(a, *b, c, **d)
#---
f(a=1)
#---
f(a, b=1)
#---
f(a, b=1, c=2)
#---
f(a, *b, c=1, *d, **e, g=2)
#---
f(*a, *b)
#---
f(**a, **b)
#---
f(a, *b, **c, **d)
#---
f(*a, b)
#---
f(x=1, *args)
#---
f(a)(b)(c)
#---
f()()()
#---
f.g.h()
#---
f()[0]()
#---
f(a)(b=1)
#---
f(x for x in y)
#---
sum(x * x for x in range(10) if x % 2)
#---
f((x for x in y), 1)
#---
f(1, (x for x in y))
#---
f(lambda x: x)
#---
f(lambda: 0, lambda *a, **k: 0)
#---
f(x := 1)
#---
f(a, (b := 2), c=3)
#---
f(*a or b)
#---
f(**a or b)
#---
f(*a if b else c)
#---
f(a if b else c)
#---
f(not a)
#---
f(-a, +b, ~c)
#---
f(a < b, c is not d)
#---
print("x", end="")
#---
print(*values, sep=', ', end='\n', file=sys.stderr, flush=True)
#---
f(
    a,
    b,
)
#---
f(
    a=1,
    *b,
    **c
)
#---
obj.method(arg).other(key=value).final()
#---
f(a)[b](c)[d]
#---
f(*[1, 2], **{'a': 1})
#---
f(*(a, b))
#---
f(*f(*g()))
#---
f(a for a in b for b in c if a if b)
#---
f(x=lambda y: y)
#---
f(x=(yield_))
#---
f(x=a if b else c, y=not d)
#---
f(*a, **b)(*c, **d)
#---
x = f(a)
#---
f(a=1, b=2, **c)
#---
f(**{'a': 1}, b=2)
#---
f('a' 'b', f'{c}' 'd')
#---
f(1)(2)(3)(4)(5)
#---
f.__call__(f)
#---
type(x)(y)
#---
f(*args, **kwargs).__name__
