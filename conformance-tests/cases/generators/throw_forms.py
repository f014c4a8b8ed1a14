# Checks: throw(type), throw(type, value), throw(type, instance), throw(instance), throw(type, value, None) and bad arguments.
def catcher():
    while True:
        try:
            yield "waiting"
        except Exception as e:
            print("caught", type(e).__name__, repr(e.args))

g = catcher()
next(g)
print(g.throw(ValueError))
print(g.throw(ValueError, "msg"))
print(g.throw(ValueError, ("a", 2)))
print(g.throw(ValueError, ValueError("inst")))
print(g.throw(KeyError("instance only")))
print(g.throw(TypeError, "with tb None", None))
print(g.throw(LookupError, KeyError("subclass instance")))
for args in [(42,), ("str",), (ValueError("x"), "extra"), (int,), (ValueError, "v", 5)]:
    try:
        g.throw(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    g.throw()
except Exception as e:
    print(type(e).__name__, e)
print(next(g))
g.close()
