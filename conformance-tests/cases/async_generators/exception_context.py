# Checks: __context__/__cause__ chaining for exceptions raised in async generators across yields and awaits.
class Sleep:
    def __await__(self):
        yield

def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return e

async def agen():
    try:
        raise KeyError("first")
    except KeyError:
        yield "in handler"
        await Sleep()
        raise ValueError("second")

ag = agen()
print(drive(ag.asend(None)))
e = drive(ag.asend(None))
print(repr(e), "context:", repr(e.__context__))

async def caused():
    yield 1
    try:
        {}["x"]
    except KeyError as err:
        raise LookupError("wrapped") from err

ag = caused()
drive(ag.asend(None))
e = drive(ag.asend(None))
print(repr(e), "cause:", repr(e.__cause__), e.__suppress_context__)

async def thrown_context():
    try:
        raise OSError("pending")
    except OSError:
        yield "waiting"

ag = thrown_context()
drive(ag.asend(None))
e = drive(ag.athrow(RuntimeError("thrown")))
print(repr(e), "context:", repr(e.__context__))
