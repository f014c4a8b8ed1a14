# Checks: objects with only __getitem__ are iterable (old protocol) until IndexError; reversed needs __len__ too.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), [x for x in Squares()])
class Sized(Squares):
    def __len__(self):
        return 5
print(list(reversed(Sized())))
try:
    reversed(Squares())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Squares())
except TypeError as e:
    print(type(e).__name__, e)
