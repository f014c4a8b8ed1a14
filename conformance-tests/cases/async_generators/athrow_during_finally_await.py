# Checks: throw() into an aclose() in progress while the finally block awaits; exceptions raised from finally during aclose.
class Sleep:
    def __await__(self):
        yield "cleanup-sleep"

def step(aw, exc=None):
    try:
        r = aw.throw(exc) if exc else aw.send(None)
        return ("suspended", r)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e), type(e.__context__).__name__)

async def agen():
    try:
        yield 1
    finally:
        try:
            await Sleep()
        except KeyError as e:
            print("finally's await got", repr(e))
        print("finally done")

ag = agen()
step(ag.asend(None))
closer = ag.aclose()
print(step(closer))
print(step(closer, KeyError("into cleanup")))

async def raising_finally():
    try:
        yield 1
    finally:
        raise OSError("cleanup failed")

ag = raising_finally()
step(ag.asend(None))
print(step(ag.aclose()))
print(step(ag.aclose()))
