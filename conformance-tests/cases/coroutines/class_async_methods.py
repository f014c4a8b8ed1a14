# Checks: async methods, classmethods, staticmethods, async __call__ and async dunder-like methods used via await.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Sleep:
    def __await__(self):
        yield

class Account:
    rate = 2
    def __init__(self, balance):
        self.balance = balance
    async def deposit(self, amount):
        await Sleep()
        self.balance += amount
        return self.balance
    @classmethod
    async def open(cls, initial):
        await Sleep()
        return cls(initial * cls.rate)
    @staticmethod
    async def fee():
        return 3
    async def __call__(self, x):
        return self.balance * x

async def main():
    acct = await Account.open(10)
    print(acct.balance)
    print(await acct.deposit(5))
    print(await Account.fee(), await acct.fee())
    print(await acct(2))
    m = acct.deposit
    c = m(0)
    print(type(m).__name__, type(c).__name__)
    c.close()

run(main())
