# Checks: global and nonlocal declarations, counters via closures, and nonlocal through several levels.
x = "global x"
def read_global():
    return x
def write_global():
    global x
    x = "rewritten"
print(read_global())
write_global()
print(x)
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(10), c2())
def outer():
    v = 1
    def middle():
        def inner():
            nonlocal v
            v += 100
        inner()
        return v
    return middle(), v
print(outer())
