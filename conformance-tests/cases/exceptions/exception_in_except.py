# Checks: an error raised inside an except block gets __context__ set to the handled exception.
def handler():
    try:
        [][0]
    except IndexError:
        return {}["key"]
try:
    handler()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)
try:
    try:
        raise ValueError("v")
    except ValueError as v:
        raise v
except ValueError as e:
    print("self-reraise context:", e.__context__)
