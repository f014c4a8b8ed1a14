# Checks: traceback of an exception raised in an async with body that __aexit__ (which awaits) does not suppress.
class Sleep:
    def __await__(self):
        yield

class Transaction:
    async def __aenter__(self):
        print("begin")
        return self
    async def __aexit__(self, et, ev, tb):
        await Sleep()
        print("rollback because", et.__name__) if et else print("commit")
        return False

async def transfer(amount):
    async with Transaction():
        await Sleep()
        if amount > 100:
            raise ValueError("amount too large: %d" % amount)

async def main():
    await transfer(5)
    await transfer(500)

c = main()
while True:
    c.send(None)
