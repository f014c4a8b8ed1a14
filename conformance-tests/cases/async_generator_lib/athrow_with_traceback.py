# Checks: athrow(type, value, traceback) with the traceback of a caught exception: the generator receives that exception object, and its __traceback__ still leads back to the original raise.
import sys
from async_generator import async_generator, yield_

@async_generator
async def agen():
    try:
        await yield_(1)
    except ZeroDivisionError as e:
        tb = e.__traceback__
        depth = 0
        while tb is not None:
            depth += 1
            last = tb.tb_frame.f_code.co_name
            tb = tb.tb_next
        await yield_(("received", str(e), e is original, "innermost frame", last))

def fail():
    return 1 / 0

try:
    fail()
except ZeroDivisionError:
    typ, original, tb = sys.exc_info()

ag = agen()
for make in (lambda: ag.asend(None), lambda: ag.athrow(typ, original, tb), lambda: ag.asend(None)):
    try:
        make().send(None)
    except StopIteration as e:
        print(e.value)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
