# Checks: bound method objects: __self__/__func__, attribute passthrough to the function,
# equality and hashing, repr, manual binding with __get__, and builtin methods' __self__/__qualname__.
class Account:
    def deposit(self, amount):
        """Add money."""
        return amount

    @classmethod
    def open(cls):
        return cls()

    def __repr__(self):
        return "Account()"


a = Account()
m = a.deposit
print(m.__self__ is a, m.__func__ is Account.deposit, m.__name__, m.__qualname__, m.__doc__, m.__module__)
print(type(m).__name__, m.__class__ is type(m), repr(m), repr(Account.open))
print(a.deposit == a.deposit, a.deposit is a.deposit, a.deposit != Account().deposit)
print(len({a.deposit, a.deposit, Account.open}), {a.deposit: "x"}[a.deposit])
Account.deposit.audited = True
print(m.audited)
for action in (lambda: setattr(m, "note", 1), lambda: setattr(m, "__doc__", "x"), lambda: delattr(m, "audited"),
               lambda: m.nothing):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)

bound = Account.deposit.__get__(a, Account)
print(bound == a.deposit, bound(5), Account.deposit.__get__(None, Account) is Account.deposit)
try:
    Account.deposit.__get__(None, None)
except TypeError as e:
    print("TypeError:", e)


def traced(fn):
    def wrapper(*args):
        return fn(*args)
    wrapper.__wrapped__ = fn
    wrapper.__doc__ = fn.__doc__
    return wrapper


class Service:
    @traced
    def run(self):
        """Run once."""
        return "ran"


s = Service()
print(s.run(), s.run.__doc__, s.run.__wrapped__ is Service.run.__wrapped__)

items = []
print(items.append == items.append, items.append == [].append, items.append.__self__ is items)
print(items.append.__name__, items.append.__qualname__, "abc".upper.__qualname__)
print(repr(items.append).startswith("<built-in method append of list object at 0x"))
