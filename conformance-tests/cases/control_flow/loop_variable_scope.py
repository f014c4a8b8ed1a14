# Checks: loop variables leak after the loop; the loop target can be any assignable (attr, item, tuple).
for i in range(5):
    pass
print(i)
class Obj:
    pass
o = Obj()
for o.attr in [1, 2, 3]:
    pass
print(o.attr)
d = {}
for d["k"] in "xyz":
    pass
print(d)
lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    pass
print(lst)
for k in []:
    pass
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)
