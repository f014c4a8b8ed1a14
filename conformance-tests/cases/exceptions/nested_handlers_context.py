# Checks: __context__ chains through nested handlers and a handled exception does not leak context outside.
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError:
            raise TypeError("third")
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)
try:
    raise IndexError("fresh")
except IndexError as e:
    print(repr(e.__context__))
