# Checks: error messages for bad slice indices and step zero on lists/strings; slice with None parts.
a = [1, 2, 3]
for bad in [lambda: a["x":], lambda: a[1.5:], lambda: a[::0], lambda: "abc"[::0], lambda: (1, 2)[:"y"]]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(a[None:None:None], a[None:2], a[1:None])
class Idx:
    def __index__(self):
        return 1
print(a[Idx():], a[Idx()], "xyz"[Idx()::Idx()])
