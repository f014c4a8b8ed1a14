# Checks: the uncaught RuntimeError of PEP 479 prints the StopIteration traceback first, then "The above exception was the direct cause".
def take_two(it):
    yield next(it)
    yield next(it)

print(list(take_two(iter([1]))))
