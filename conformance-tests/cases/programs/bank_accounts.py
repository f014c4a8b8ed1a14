# Program: a bank with account classes, transfers, interest, custom exceptions and a statement report.


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot pay {amount:.2f} (balance {account.balance:.2f})")
        self.account = account
        self.amount = amount


class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.number = Account._next_number
        Account._next_number += 1

    def deposit(self, amount):
        if amount <= 0:
            raise BankError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def available(self):
        return self.balance

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner}, {self.balance:.2f})"


class Savings(Account):
    rate = 0.02

    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.balance += interest
        self.history.append(("interest", interest))


class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            fee = 15.0
            self.balance -= fee
            self.history.append(("fee", fee))


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, owner, *args):
        acct = cls(owner, *args)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def total(self):
        return sum([a.balance for a in self.accounts.values()])


def statement(acct):
    print(f"Statement for {acct.owner} (#{acct.number}, {type(acct).__name__})")
    running = 0.0
    for kind, amount in acct.history:
        sign = 1 if kind in ("deposit", "interest") else -1
        running += sign * amount
        print(f"  {kind:<9}{sign * amount:>10.2f}{running:>12.2f}")
    print(f"  {'balance':<9}{acct.balance:>22.2f}")


def main():
    bank = Bank()
    alice = bank.open(Savings, "Alice", 0.0)
    bob = bank.open(Checking, "Bob", 0.0, 50.0)
    alice.deposit(1200.0)
    bob.deposit(80.0)
    bank.transfer(alice.number, bob.number, 300.0)
    bob.withdraw(400.0)
    for action in [lambda: bob.withdraw(100.0), lambda: alice.deposit(-5), lambda: bank.transfer(bob.number, 1, 1.0)]:
        try:
            action()
        except InsufficientFunds as e:
            print("refused:", e)
        except BankError as e:
            print("bank error:", e)
        except KeyError as e:
            print("no such account:", e)
    bank.month_end()
    for acct in bank.accounts.values():
        statement(acct)
    print(sorted(bank.accounts.values(), key=lambda a: a.balance))
    print(f"bank total: {bank.total():.2f}")


main()
