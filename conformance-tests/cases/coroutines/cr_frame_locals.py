# Checks: cr_frame.f_locals and f_lineno of a suspended coroutine; cr_await changes as it moves between awaits.
class Sleep:
    def __await__(self):
        yield

async def helper():
    await Sleep()

async def body(a):
    b = a * 2
    await Sleep()
    c = b + 1
    await helper()
    return c

co = body(5)
f = co.cr_frame
print(sorted(f.f_locals.items()), f.f_code.co_name)
co.send(None)
print(sorted(f.f_locals.items()), f.f_lineno, type(co.cr_await).__name__)
co.send(None)
print(sorted(f.f_locals.items()), f.f_lineno, co.cr_await.__name__)
try:
    co.send(None)
except StopIteration as e:
    print("returned", e.value, co.cr_frame)
