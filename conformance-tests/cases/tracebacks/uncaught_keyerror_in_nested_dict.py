# Checks: an error on the last line of a multi-statement program after partial output, inside a nested call chain with a method.
class Registry:
    def __init__(self):
        self.data = {"users": {"ann": 1}}
    def lookup(self, group, name):
        return self.data[group][name]
reg = Registry()
for name in ["ann", "bob"]:
    print(name, reg.lookup("users", name))
