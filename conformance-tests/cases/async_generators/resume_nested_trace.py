# Checks: yields and awaits inside try inside for inside while in an async generator: each statement runs once per step.
class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        print("    (suspend in await:", self.tag + ")")
        yield self.tag

async def agen():
    r = 0
    while r < 2:
        print("  while", r)
        for i in range(2):
            print("   for", r, i)
            try:
                await Sleep("before yield %d%d" % (r, i))
                got = yield (r, i)
                print("   resumed with", got)
                if got == "raise":
                    raise KeyError((r, i))
            except KeyError as e:
                print("   except", e)
                await Sleep("in except")
            finally:
                print("   finally", r, i)
        r += 1
    print("  end")

def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "<end>"

ag = agen()
v = drive(ag.asend(None))
for s in ["a", "raise", "b", "c", "d"]:
    print("yielded", v, "-> asend", s)
    v = drive(ag.asend(s))
print("final", v)
