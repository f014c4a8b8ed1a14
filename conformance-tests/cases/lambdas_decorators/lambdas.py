# Checks: lambdas with defaults, varargs, keyword-only args, immediate invocation, and their __name__.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: "iife")(), (lambda *a, **k: (a, k))(1, x=2))
print((lambda x, *, y: x * y)(3, y=4), add.__name__, add.__qualname__)
ops = {"neg": lambda v: -v, "sq": lambda v: v * v}
print({k: f(7) for k, f in ops.items()})
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
