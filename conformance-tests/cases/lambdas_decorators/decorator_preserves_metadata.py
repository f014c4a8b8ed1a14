# Checks: a hand-written wraps-like decorator copying __name__/__doc__/__qualname__ and setting __wrapped__.
def my_wraps(wrapped):
    def apply(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return apply
def traced(fn):
    @my_wraps(fn)
    def wrapper(*args):
        print("call", fn.__name__, args)
        return fn(*args)
    return wrapper
@traced
def area(w, h):
    """Compute an area."""
    return w * h
print(area(3, 4), area.__name__, area.__doc__, area.__wrapped__(2, 2))
