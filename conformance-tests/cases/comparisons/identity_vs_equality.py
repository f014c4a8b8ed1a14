# Checks: `is` vs `==` for None/True/False, lists, and objects; is not / not in.
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, None is None, type(None)() is None)
x = None
print(x is None, x == None, x is not None)
class AlwaysEqual:
    def __eq__(self, other):
        return True
ae = AlwaysEqual()
print(ae == 1, ae == None, ae is None, ae != 1)
print([ae] == [5], ae in [1, 2], 3 not in [ae])
