# Checks: athrow(type), athrow(type, value), athrow(instance), athrow(type, value, None); bad arguments raise TypeError.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except BaseException as e:
        return type(e).__name__ + ": " + str(e)

async def catcher():
    while True:
        try:
            yield "waiting"
        except Exception as e:
            print("caught", type(e).__name__, e.args)

ag = catcher()
step(ag.asend(None))
print(step(ag.athrow(ValueError)))
print(step(ag.athrow(ValueError, "msg")))
print(step(ag.athrow(KeyError("inst"))))
print(step(ag.athrow(TypeError, TypeError("two"), None)))
for args in [(5,), (ValueError("x"), "extra"), (ValueError, "v", 5)]:
    aw = ag.athrow(*args)
    print("athrow object created, checked when sent:", step(aw))
print(step(ag.asend(None)))
print(step(ag.aclose()))
fresh = catcher()
step(fresh.asend(None))
aw = fresh.athrow()
print("no arguments:", step(aw))
