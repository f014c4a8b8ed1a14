# Checks: a library generator suspended at yield_ inside nested for/while/try/except/finally resumes in the right place each time and runs finally clauses in order.
from async_generator import async_generator, yield_

@async_generator
async def agen():
    for i in range(2):
        j = 0
        while j < 2:
            try:
                try:
                    await yield_((i, j, "try"))
                    if (i, j) == (1, 0):
                        raise ValueError("at 1,0")
                except ValueError as e:
                    await yield_((i, j, "except", str(e)))
                else:
                    await yield_((i, j, "else"))
                finally:
                    await yield_((i, j, "inner finally"))
            finally:
                print("outer finally", i, j)
            j += 1
    return "end"

async def collect(ait):
    return [v async for v in ait]

try:
    collect(agen()).send(None)
except StopIteration as e:
    for item in e.value:
        print(item)
