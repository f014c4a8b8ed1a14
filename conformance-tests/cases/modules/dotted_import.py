# Checks: `import a.b.c` initialises every package in order, binds only the top name; `import a.b.c as x` binds the leaf.
import dotted_import_pkg.a.b.c
print(dotted_import_pkg.a.b.c.VALUE)
print("a" in dir(dotted_import_pkg), "c" in dir(dotted_import_pkg.a.b))
import dotted_import_pkg.a.b.c as leaf
print(leaf.VALUE, leaf is dotted_import_pkg.a.b.c, "leaf" in dir())
try:
    c
except NameError as e:
    print(type(e).__name__, e)
