# Checks: the `except ... as e` name is deleted at the end of the handler.
e = "before"
try:
    raise ValueError("boom")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    x = 1
    try:
        1 / 0
    except ZeroDivisionError as x:
        pass
    return "x" in locals()
print(f())
