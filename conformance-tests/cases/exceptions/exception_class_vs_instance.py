# Checks: raising a class instantiates it; raising non-exceptions is a TypeError; catching with a non-class is a TypeError.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise str
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        1 / 0
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)
