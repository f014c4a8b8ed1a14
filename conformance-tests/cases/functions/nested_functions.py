# Checks: nested function definitions, functions returning functions, and qualnames of nested functions.
def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double.__qualname__)
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
inc = lambda x: x + 1
print(compose(double, inc)(10), compose(inc, double)(10), compose()(7))
def level1():
    def level2():
        def level3():
            return "deep"
        return level3
    return level2
print(level1()()(), level1()().__qualname__)
