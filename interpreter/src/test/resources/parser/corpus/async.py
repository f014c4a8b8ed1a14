async def f():
    pass
#---
async def f(): pass
#---
async def f():
    await x
#---
async def f():
    return await x
#---
async def f():
    x = await y
#---
async def f():
    await a.b(c)[d]
#---
async def f():
    return await x ** 2
#---
async def f():
    return -await x
#---
async def f():
    return await x + await y
#---
async def f():
    return (await x)()
#---
async def f():
    return await (await x)
#---
async def f():
    return not await x
#---
async def f():
    await f(await g())
#---
async def f():
    async for x in y:
        pass
#---
async def f():
    async for x in y:
        a
    else:
        b
#---
async def f():
    async for a, b in c:
        pass
#---
async def f():
    async with a:
        pass
#---
async def f():
    async with a as b:
        pass
#---
async def f():
    async with a as b, c as d:
        pass
#---
async def f():
    async with (a as b, c as d):
        pass
#---
async def f():
    async with a, b:
        pass
#---
async def f(a, *b, c=1, **d) -> None:
    pass
#---
async def g():
    yield 1
#---
async def g():
    x = yield
    yield x
#---
async def g():
    yield 1
    return 2
#---
async def g():
    await x
    yield
    return
#---
async def f():
    def inner():
        return 1
    async def inner_async():
        return await inner()
    return await inner_async()
#---
async def f():
    lambda: 0
    await x
#---
async def f():
    return [x async for x in y]
#---
async def f():
    print(f'{await x}')
#---
async def f():
    if await x:
        while await y:
            async for z in w:
                async with v:
                    await u
#---
class C:
    async def m(self):
        async with self.lock:
            return await self.g()
#---
async def f(): await x; await y
#---
async def f():
    await x[0]
#---
async def f():
    await x.y
#---
async def f():
    result = await asyncio.gather(*tasks, return_exceptions=True)
#---
async def f():
    try:
        await x
    except E:
        await y
    finally:
        await z
#---
async def main():
    async with session.get(url) as response:
        async for chunk in response.content.iter_chunked(1024):
            process(chunk)
#---
async def f():
    async for x in (await y):
        pass
#---
async def f():
    return {k: await v async for k, v in d}
