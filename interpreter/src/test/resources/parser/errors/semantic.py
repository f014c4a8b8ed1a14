return
#---
return 1
#---
class C:
    return 1
#---
if x:
    return
#---
yield
#---
yield 1
#---
x = yield
#---
yield from x
#---
class C:
    yield
#---
class C:
    x = yield 1
#---
await x
#---
x = await y
#---
def f():
    await x
#---
def f():
    return await x
#---
def f():
    [await x for x in y]
#---
lambda: await x
#---
async def f():
    lambda: await x
#---
async def f():
    def g():
        await x
#---
class C:
    await x
#---
async def f():
    yield from x
#---
async def f():
    x = yield from y
#---
break
#---
def f():
    break
#---
if x:
    break
#---
while x:
    def f():
        break
#---
for x in y:
    class C:
        break
#---
continue
#---
def f():
    continue
#---
for x in y:
    class C:
        continue
#---
try:
    pass
finally:
    continue
#---
nonlocal x
#---
class C:
    nonlocal x
#---
def f():
    nonlocal x
#---
x = 1
def f():
    nonlocal x
#---
def f():
    global x
    def g():
        nonlocal x
#---
def f():
    print(x)
    global x
#---
def f():
    x = 1
    global x
#---
x = 1
global x
#---
def f():
    for x in y:
        pass
    global x
#---
def f(x):
    global x
#---
def f(*x):
    global x
#---
def f(x):
    nonlocal x
#---
def f():
    x = 1
    def g():
        x = 2
        nonlocal x
#---
def f():
    x = 1
    def g():
        print(x)
        nonlocal x
#---
def f():
    x = 1
    def g():
        global x
        nonlocal x
#---
def f():
    x: int
    global x
#---
def f():
    global x
    x: int = 1
#---
def f():
    x = 1
    def g():
        nonlocal x
        x: int
#---
def f():
    [x async for x in y]
#---
def f():
    {x async for x in y}
#---
def f():
    {k: v async for k, v in y}
#---
[x async for x in y]
#---
def f():
    [[x async for x in y] for z in w]
#---
def f():
    [(yield) for x in y]
#---
def f():
    {(yield) for x in y}
#---
def f():
    {(yield): 1 for x in y}
#---
def f():
    ((yield) for x in y)
#---
def f():
    [(yield from x) for x in y]
#---
def f():
    async with x:
        pass
#---
def f():
    async for x in y:
        pass
#---
async with x:
    pass
#---
async for x in y:
    pass
#---
def f():
    from m import *
#---
class C:
    from m import *
#---
x = 1
from __future__ import annotations
#---
import os
from __future__ import annotations
#---
from __future__ import braces
#---
from __future__ import nonexistent
#---
from __future__ import *
#---
def f():
    from __future__ import annotations
#---
f'{yield}'
#---
def f(a, b):
    def g():
        global a
        nonlocal b
        return a + b
    nonlocal a
#---
def f():
    class C:
        def g(self):
            return
        return
    return
    x = [(yield) for _ in y]
