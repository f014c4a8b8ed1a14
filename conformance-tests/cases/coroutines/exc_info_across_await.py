# Checks: sys.exc_info() inside coroutines suspended in except blocks is restored on resume; the driver's is separate.
import sys

class Sleep:
    def __await__(self):
        yield

def current():
    e = sys.exc_info()[1]
    return repr(e)

async def task(name):
    try:
        raise ValueError(name)
    except ValueError:
        print(name, "before await", current())
        await Sleep()
        print(name, "after await", current())
        try:
            raise KeyError(name + "-inner")
        except KeyError:
            await Sleep()
            print(name, "nested handler", current())
        print(name, "back in outer handler", current())
    print(name, "after handler", current())

a = task("a")
b = task("b")
a.send(None)
print("driver", current())
b.send(None)
try:
    raise IndexError("driver's")
except IndexError:
    a.send(None)
    print("driver in handler", current())
b.send(None)
for c in (a, b):
    try:
        c.send(None)
    except StopIteration:
        pass
print("driver end", current())
