# Program: a lending library with an item class hierarchy, members, loans, due dates as day numbers and late fees.


class Item:
    loan_days = 21
    daily_fee = 0.25

    def __init__(self, code, title):
        self.code = code
        self.title = title
        self.borrower = None
        self.due = None

    def kind(self):
        return type(self).__name__.lower()

    def __str__(self):
        status = f"on loan to {self.borrower.name} until day {self.due}" if self.borrower else "available"
        return f"[{self.code}] {self.title} ({self.kind()}) - {status}"


class Book(Item):
    def __init__(self, code, title, author):
        super().__init__(code, title)
        self.author = author

    def __str__(self):
        return super().__str__().replace(f"{self.title} ", f"{self.title} by {self.author} ", 1)


class DVD(Item):
    loan_days = 7
    daily_fee = 1.0


class ReferenceBook(Book):
    loan_days = 0

    def kind(self):
        return "reference"


class LoanError(Exception):
    pass


class Member:
    limit = 2

    def __init__(self, name):
        self.name = name
        self.items = []
        self.fees = 0.0


class Library:
    def __init__(self, items):
        self.items = {item.code: item for item in items}
        self.today = 0

    def lend(self, code, member):
        item = self.items[code]
        if item.loan_days == 0:
            raise LoanError(f"{item.title!r} cannot be borrowed")
        if item.borrower is not None:
            raise LoanError(f"{item.title!r} is already on loan")
        if len(member.items) >= member.limit:
            raise LoanError(f"{member.name} already has {len(member.items)} items")
        item.borrower, item.due = member, self.today + item.loan_days
        member.items.append(item)

    def give_back(self, code):
        item = self.items[code]
        member = item.borrower
        late = max(0, self.today - item.due)
        fee = late * item.daily_fee
        member.fees += fee
        member.items.remove(item)
        item.borrower = item.due = None
        return late, fee

    def advance(self, days):
        self.today += days

    def overdue(self):
        return sorted([i for i in self.items.values() if i.borrower and i.due < self.today], key=lambda i: i.due)


def main():
    lib = Library([Book("B1", "Dune", "Herbert"), Book("B2", "Emma", "Austen"), DVD("D1", "Alien"),
                   ReferenceBook("R1", "Atlas", "Various"), DVD("D2", "Heat")])
    ann, ben = Member("Ann"), Member("Ben")
    for code, who in [("B1", ann), ("D1", ann), ("B2", ann), ("D1", ben), ("R1", ben), ("D2", ben)]:
        try:
            lib.lend(code, who)
            print(f"day {lib.today}: {who.name} borrows {code}")
        except LoanError as e:
            print(f"day {lib.today}: refused: {e}")
    lib.advance(10)
    print("overdue on day 10:", [i.code for i in lib.overdue()])
    late, fee = lib.give_back("D1")
    print(f"D1 returned {late} days late, fee {fee:.2f}")
    lib.advance(15)
    print("overdue on day 25:", [i.code for i in lib.overdue()])
    for code in ["B1", "D2"]:
        late, fee = lib.give_back(code)
        print(f"{code} returned {late} days late, fee {fee:.2f}")
    for item in lib.items.values():
        print(item)
    for m in (ann, ben):
        print(f"{m.name}: fees {m.fees:.2f}, holding {[i.code for i in m.items]}")


main()
