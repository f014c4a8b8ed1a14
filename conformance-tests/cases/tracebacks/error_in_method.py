# Checks: traceback frames show method names (not qualified names) for errors inside methods and __init__.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: balance {self.balance}, requested {amount}")
        self.balance -= amount
acct = Account(10)
acct.withdraw(3)
print("balance", acct.balance)
acct.withdraw(100)
