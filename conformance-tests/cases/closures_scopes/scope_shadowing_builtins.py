# Checks: shadowing builtins locally and globally, and restoring them by deleting the global.
def local_shadow():
    len = lambda x: "shadowed"
    return len([1, 2])
print(local_shadow(), len([1, 2]))
len = lambda x: -1
print(len("abc"))
del len
print(len("abc"))
def local_then_builtin():
    max = "local max"
    def inner():
        return max
    return inner(), min(3, 4)
print(local_then_builtin())
def uses_sum():
    return sum([1, 2])
sum = "not callable now"
try:
    uses_sum()
except TypeError as e:
    print(type(e).__name__, e)
del sum
print(uses_sum())
