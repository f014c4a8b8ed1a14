# Checks: ag_code of a library generator is the decorated function's code (co_name); ag_frame.f_locals shows the body's locals while suspended.
from async_generator import async_generator, yield_

@async_generator
async def f(a):
    x = a + 1
    await yield_()
    y = x * 2
    await yield_(y)

agen = f(4)
print(agen.ag_code.co_name)

async def main():
    async for value in agen:
        locs = agen.ag_frame.f_locals
        print(value, sorted(k for k in locs), locs["x"], locs.get("y"))

try:
    main().send(None)
except StopIteration:
    print("done")
