# Checks: subclassing list: extra methods, overriding append, super() calls, and results of builtin operations.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    def append(self, x):
        print("append", x)
        super().append(x)
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list))
print(type(s + [4]).__name__, type(s[:1]).__name__, type(s * 2).__name__)
s.extend([9])
print(s, s == [1, 2, 3, 9], repr(s))
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
n = Named("nums", [3, 1, 2])
n.sort()
print(n.name, n, sorted(n, reverse=True), vars(n))
