# Checks: a coroutine that awaits again after catching GeneratorExit: close() raises "coroutine ignored GeneratorExit".
class Suspend:
    def __await__(self):
        yield "s"

async def stubborn():
    try:
        await Suspend()
    except GeneratorExit:
        print("caught GeneratorExit, awaiting again")
        await Suspend()
    print("stubborn ends")

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except StopIteration:
    print("finished normally")

async def swallows():
    try:
        await Suspend()
    except GeneratorExit:
        print("swallowed and returned")
        return 1

c = swallows()
c.send(None)
print(c.close())
