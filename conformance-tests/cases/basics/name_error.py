# Checks: NameError messages for undefined names (str(e) never includes the "Did you mean" suggestion of tracebacks).
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e)
try:
    print(lenn([]))
except NameError as e:
    print(type(e).__name__, e)
def f():
    return missing_global
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
