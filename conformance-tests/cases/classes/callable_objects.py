# Checks: __call__ makes instances callable; callable() on classes, instances, functions and builtins.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest):
        return self.n + x + sum(rest)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), list(map(add5, [10, 20])))
class Plain:
    pass
print(callable(add5), callable(Plain()), callable(Plain), callable(len), callable(lambda: 0), callable(3))
