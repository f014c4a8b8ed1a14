# Checks: a bare `raise` in a handler keeps the original traceback (frames of the original raise point).
def risky():
    return int("not a number")
def wrapper():
    try:
        risky()
    except ValueError:
        print("logging, then re-raising")
        raise
wrapper()
