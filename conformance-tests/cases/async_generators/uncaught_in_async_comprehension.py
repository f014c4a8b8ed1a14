# Checks: traceback of an exception raised inside an async list comprehension's element in an async function.
async def agen():
    for s in ["1", "2", "x"]:
        yield s

async def main():
    values = [int(s) async for s in agen()]
    print(values)

main().send(None)
