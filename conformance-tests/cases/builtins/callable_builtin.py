# Checks: callable() on many kinds of objects.
class A:
    def m(self):
        pass
class B:
    def __call__(self):
        return "called"
for obj in [len, A, A(), A().m, A.m, B(), lambda: 0, 1, "s", None, print, type, object, [], str.upper]:
    print(callable(obj), end=" ")
print()
