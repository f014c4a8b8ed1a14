# Checks: bool behaves as an int subclass in arithmetic, indexing, repr and type results.
print(True + True, True * 3, -True, ~True, True // 2, True / 2)
print(type(True + 1), type(True & True), type(True | 0), type(~False))
print(["a", "b"][True], sum([True, True, False]))
print(repr(True & True), repr(True ^ True), repr(1 & True))
print(bool.__mro__)
print(int(True), str(False), f"{True:d}", f"{True}", format(True, "5"))
