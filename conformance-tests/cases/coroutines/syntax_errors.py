# Checks: SyntaxError messages for await/async constructs used outside async functions and other misplaced forms.
sources = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async with x:\n        pass",
    "def f():\n    async for i in x:\n        pass",
    "async def f():\n    yield from x",
    "async def f():\n    lambda: await x",
    "def f():\n    return [await x for x in y]",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    class C:\n        await x",
    "async def f():\n    await = 1",
    "async with x:\n    pass",
    "async def f():\n    return [x async for x in y]",
    "async def f():\n    return await await x",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print("SyntaxError", e.msg, "line", e.lineno)
