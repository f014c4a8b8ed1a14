# Checks: 'return' with a value in an async generator is a SyntaxError (message and line); bare return is allowed.
sources = [
    "async def f():\n    yield 1\n    return 5\n",
    "async def f():\n    return 5\n    yield 1\n",
    "async def f():\n    if x:\n        yield\n    else:\n        return None\n",
    "async def f():\n    yield 1\n    return\n",
    "async def f():\n    def g():\n        return 5\n    yield g()\n",
    "async def f():\n    yield from g()\n",
    "async def f():\n    x = [(yield) for i in y]\n",
    "async def f():\n    await (yield 1)\n",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "| line", e.lineno)
