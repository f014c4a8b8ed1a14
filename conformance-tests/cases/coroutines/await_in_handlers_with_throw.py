# Checks: awaits inside except/else/finally clauses with exceptions thrown at each suspension point.
class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

async def task():
    try:
        await Sleep("try")
    except KeyError as e:
        print("except clause got", repr(e))
        try:
            await Sleep("except")
        except ValueError as e2:
            print("nested handler got", repr(e2), "context", repr(e2.__context__))
    else:
        await Sleep("else")
    finally:
        print("finally start")
        try:
            await Sleep("finally")
        except IndexError as e3:
            print("finally handler got", repr(e3))
        print("finally end")
    return "done"

def drive(throws):
    c = task()
    out = [c.send(None)]
    try:
        for t in throws:
            out.append(c.throw(t) if t is not None else c.send(None))
    except StopIteration as e:
        out.append("result " + e.value)
    print(out)

drive([KeyError("k"), ValueError("v"), IndexError("i")])
drive([None, None, None])
