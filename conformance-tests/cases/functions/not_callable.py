# Checks: calling non-callable objects gives "'X' object is not callable".
for obj in [1, "s", None, [1], (1,), {"a": 1}, 2.5]:
    try:
        obj()
    except TypeError as e:
        print(e)
class C:
    pass
try:
    C()()
except TypeError as e:
    print(e)
