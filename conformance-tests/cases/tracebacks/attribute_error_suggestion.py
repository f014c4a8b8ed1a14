# Checks: uncaught AttributeError for a misspelled attribute prints CPython's "Did you mean" suggestion.
class Point:
    def __init__(self):
        self.horizontal = 1
p = Point()
print(p.horizontal)
print(p.horizontl)
