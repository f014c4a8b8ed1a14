# Checks: Warning subclasses can be raised and caught like ordinary exceptions.
for w in [UserWarning, DeprecationWarning, RuntimeWarning, SyntaxWarning]:
    try:
        raise w(f"{w.__name__} raised")
    except Warning as e:
        print(type(e).__name__, e, isinstance(e, Exception))
