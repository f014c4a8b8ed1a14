# Checks: close() on the outer coroutine closes the innermost __await__ generator first; every finally runs once, inside out.
class Sleep:
    def __await__(self):
        try:
            yield "sleeping"
        finally:
            print("Sleep.__await__ finally")

class NoCloseIter:
    def __iter__(self):
        return self
    def __next__(self):
        return "spinning"

class Spin:
    def __await__(self):
        return NoCloseIter()

async def inner(aw):
    try:
        await aw
    finally:
        print("inner finally")

async def outer(aw):
    try:
        await inner(aw)
    except GeneratorExit:
        print("outer saw GeneratorExit")
        raise
    finally:
        print("outer finally")

c = outer(Sleep())
print(c.send(None))
print(c.close())
print(c.cr_frame, c.cr_await)

c = outer(Spin())
print(c.send(None))
c.close()
print("closed coroutine awaiting an iterator without close()")
