# Checks: the simplest program; print of a str, of nothing, and of several values.
print("Hello, world!")
print()
print("a", "b", "c")
print(1, 2.5, None, True, False)
