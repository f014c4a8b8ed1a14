# Checks: sys.exc_info() in an async generator suspended inside an except block (at a yield and in an await) is restored on resume.
import sys

class Sleep:
    def __await__(self):
        yield

def cur():
    return repr(sys.exc_info()[1])

def drive(aw):
    try:
        while True:
            aw.send(None)
            print("  driver while suspended in await:", cur())
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "end"

async def agen():
    try:
        raise ValueError("agen's")
    except ValueError:
        print("  agen handler:", cur())
        yield 1
        print("  agen after yield:", cur())
        await Sleep()
        print("  agen after await:", cur())
        yield 2
    print("  agen after handler:", cur())

ag = agen()
print(drive(ag.asend(None)))
print("driver between:", cur())
try:
    raise KeyError("driver's")
except KeyError:
    print(drive(ag.asend(None)))
    print("driver handler:", cur())
print(drive(ag.asend(None)))
print("driver end:", cur())
