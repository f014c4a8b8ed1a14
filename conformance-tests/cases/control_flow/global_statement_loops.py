# Checks: a module-level counter updated from functions with `global` inside loops.
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
    return counter
print(bump(3), bump(2), counter)
def reset():
    global counter, extra
    counter = 0
    extra = "created"
reset()
print(counter, extra)
