# Checks: print uses str() on each argument: containers use repr of elements, user __str__ is called.
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], (S(),), {"k": S()}, "x", 1.0, [1.0, "x"])
