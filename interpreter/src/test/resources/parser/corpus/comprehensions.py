[x for x in y]
#---
{x for x in y}
#---
{k: v for k, v in d}
#---
(x for x in y)
#---
[x for x in y if x]
#---
[x for x in y if a if b if c]
#---
[x * y for x in a for y in b]
#---
[x for x in a if x for y in b if y for z in c]
#---
[(x, y) for x in range(3) for y in range(x)]
#---
[[y for y in x] for x in z]
#---
[x for x in [y for y in z]]
#---
{k: [v for v in vs if v] for k, vs in d.items() if vs}
#---
[a for a, b in c]
#---
[a for (a, b) in c]
#---
[a for [a, b] in c]
#---
[a for a, *b in c]
#---
[a for a, in c]
#---
[a.b for a.b in c]
#---
[a for a[0] in c]
#---
[x for x in a or b]
#---
[x for x in a if not x]
#---
[x for x in a if x if not x]
#---
[x for x in (lambda: y)()]
#---
[lambda: x for x in y]
#---
[x if x else y for x in z]
#---
[(yield_) for yield_ in z]
#---
x = [i for i in range(10) if i % 2 == 0]
#---
x = {i: i ** 2 for i in range(10)}
#---
x = {i % 3 for i in range(10)}
#---
x = sum(i for i in range(10))
#---
x = list(i for i in range(10) for j in range(i))
#---
x = (i for i in range(10)), 1
#---
x = [
    x
    for x in y
    if x
]
#---
[y := f(x), y ** 2, y ** 3]
#---
[y for x in data if (y := f(x)) is not None]
#---
async def f():
    return [x async for x in aiter()]
#---
async def f():
    return {x async for x in aiter()}
#---
async def f():
    return {k: v async for k, v in aiter()}
#---
async def f():
    return (x async for x in aiter())
#---
async def f():
    return [await x for x in y]
#---
async def f():
    return [x for x in await y]
#---
async def f():
    return [x async for x in a for y in b async for z in c if await z]
#---
async def f():
    return {await k: await v for k, v in d}
#---
async def f():
    return [x for x in y if await x]
#---
async def f():
    return [[a async for a in b] for b in c]
#---
def f():
    return (x async for x in y)
#---
[x for x in y for y in x]
#---
{x: y for x in a for y in b}
#---
[[x, y] for x, y in zip(a, b)]
#---
[(lambda: i)() for i in range(3)]
#---
[f'{x}' for x in y]
#---
[x for x in range(10) if x > 2 if x < 8]
#---
[x
 for x
 in y]
