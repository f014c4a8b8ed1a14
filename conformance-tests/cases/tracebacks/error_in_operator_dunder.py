# Checks: an error inside a user __add__ invoked by the + operator shows the dunder's frame.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
total = Money(5) + Money(7)
print(total.cents)
total = total + 3
