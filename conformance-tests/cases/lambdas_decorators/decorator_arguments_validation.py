# Checks: a type-checking decorator raising TypeError with custom messages.
def typed(*types):
    def deco(fn):
        def wrapper(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}() argument {i + 1} must be {t.__name__}, not {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco
@typed(int, str)
def repeat(n, s):
    return s * n
print(repeat(3, "ab"))
for args in [("3", "ab"), (3, 4)]:
    try:
        repeat(*args)
    except TypeError as e:
        print(e)
