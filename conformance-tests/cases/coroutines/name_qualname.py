# Checks: __name__/__qualname__ of coroutine objects (from the function), reassignment and type checks; type name.
async def top():
    pass

class K:
    async def meth(self):
        pass
    class Inner:
        async def deep(self):
            pass

def factory():
    async def local():
        pass
    return local

coros = [top(), K().meth(), K.Inner().deep(), factory()()]
for c in coros:
    print(type(c).__name__, c.__name__, "|", c.__qualname__)
c = coros[0]
c.__name__ = "new_name"
c.__qualname__ = "Some.new_name"
print(c.__name__, c.__qualname__, c.cr_code.co_name)
try:
    c.__name__ = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.__qualname__ = b"x"
except TypeError as e:
    print(type(e).__name__, e)
print(type(top).__name__, top.__name__)
for c in coros:
    c.close()
