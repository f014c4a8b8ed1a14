# Checks: native coroutines are not iterators: for/list/next/yield from in a plain generator fail with CPython's messages.
async def coro():
    return 1

c = coro()
for action in ["for", "list", "next", "iter"]:
    try:
        if action == "for":
            for x in c:
                pass
        elif action == "list":
            list(c)
        elif action == "next":
            next(c)
        else:
            iter(c)
    except TypeError as e:
        print(action, "->", type(e).__name__, e)

def plain_gen():
    yield from c

g = plain_gen()
try:
    next(g)
except TypeError as e:
    print("yield from ->", type(e).__name__, e)
print(hasattr(c, "__next__"), hasattr(c, "__iter__"), hasattr(c, "__await__"))
c.close()
