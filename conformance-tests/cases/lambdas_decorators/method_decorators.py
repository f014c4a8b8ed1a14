# Checks: decorating methods: the wrapper receives self; staticmethod/classmethod/property stacked with decorators.
def logged(fn):
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{fn.__name__}{args}")
        return fn(self, *args)
    return wrapper
class Account:
    rate = 0.1
    def __init__(self, balance):
        self.balance = balance
    @logged
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    @classmethod
    def with_rate(cls):
        return cls.rate
    @staticmethod
    def fee(amount):
        return amount * 0.01
    @property
    def interest(self):
        return self.balance * self.rate
acct = Account(100)
print(acct.deposit(50), Account.with_rate(), Account.fee(200), acct.interest)
