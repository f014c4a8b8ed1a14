# Checks: type(ag).__name__, __name__/__qualname__ of async generators and async genexps; reassignment and bad types.
async def top():
    yield

class K:
    async def meth(self):
        yield
    class Inner:
        @staticmethod
        async def sm():
            yield

def factory():
    async def local():
        yield
    return local()

async def make_genexp():
    return (x async for x in top())

ags = [top(), K().meth(), K.Inner.sm(), factory()]
for ag in ags:
    print(type(ag).__name__, ag.__name__, "|", ag.__qualname__)
c = make_genexp()
try:
    c.send(None)
except StopIteration as e:
    ge = e.value
print(type(ge).__name__, ge.__name__, "|", ge.__qualname__)
ag = ags[0]
ag.__name__ = "renamed"
ag.__qualname__ = "X.renamed"
print(ag.__name__, ag.__qualname__, ag.ag_code.co_name)
for attr in ["__name__", "__qualname__"]:
    try:
        setattr(ag, attr, 3)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(top).__name__)
