# Checks: UnboundLocalError when a local is read before assignment, including the shadowed-global trap.
count = 10
def broken():
    print(count)
    count = 1
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def del_then_read():
    v = 1
    del v
    return v
try:
    del_then_read()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        result = "set"
    return result
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return free
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    free = 1
    return inner()
print(outer())
