# Checks: traceback of an uncaught TypeError from awaiting an int inside a coroutine driven by send().
async def fetch():
    return await 42

async def main():
    value = await fetch()
    print(value)

main().send(None)
