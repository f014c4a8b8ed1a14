# Checks: throw() into a coroutine suspended in an await inside try/except/finally: right handler, finally once, state after.
class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

async def guarded():
    for round in range(2):
        try:
            try:
                await Sleep("round %d inner" % round)
            except KeyError as e:
                print("inner except", repr(e))
                await Sleep("round %d inner handler" % round)
            finally:
                print("inner finally", round)
        except ValueError as e:
            print("outer except", repr(e))
            await Sleep("round %d outer handler" % round)
        finally:
            print("outer finally", round)
    return "completed"

c = guarded()
print(c.send(None))
print(c.throw(KeyError("k0")))
print(c.send(None))
print(c.throw(ValueError("v1")))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

c = guarded()
c.send(None)
try:
    c.throw(TypeError("unhandled"))
except TypeError as e:
    print("propagated", repr(e))
