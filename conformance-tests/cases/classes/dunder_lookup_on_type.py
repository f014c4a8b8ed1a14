# Checks: implicit dunder lookup uses the type, not the instance (instance-assigned __len__ is ignored by len()).
class C:
    def __len__(self):
        return 1
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__str__ = lambda: "instance str"
print(str(d) == object.__str__(d), d.__str__())
C.__len__ = lambda self: 7
print(len(c))
