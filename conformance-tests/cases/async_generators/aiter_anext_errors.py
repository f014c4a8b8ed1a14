# Checks: TypeErrors from aiter()/anext() for non-async objects, bad __aiter__ results and wrong argument counts.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class BadAiter:
    def __aiter__(self):
        return 5

class SyncIter:
    def __iter__(self):
        return self
    def __next__(self):
        return 1

class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42

for obj in [1, [1, 2], None, SyncIter()]:
    for label, call in [("aiter", lambda: aiter(obj)), ("anext", lambda: anext(obj)), ("anext with default", lambda: anext(obj, 0))]:
        try:
            call()
        except TypeError as e:
            print(label, "->", type(e).__name__, e)
try:
    aiter(BadAiter())
except TypeError as e:
    print(type(e).__name__, e)
for args in [(), (1, 2, 3)]:
    try:
        anext(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    aiter()
except TypeError as e:
    print(type(e).__name__, e)
print(anext(AnextNotAwaitable()))

async def main():
    try:
        await anext(AnextNotAwaitable(), "d")
    except TypeError as e:
        print("awaiting anext with default:", type(e).__name__, e)

run(main())
