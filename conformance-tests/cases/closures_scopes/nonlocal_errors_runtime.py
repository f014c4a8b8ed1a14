# Checks: nonlocal rebinding across calls, and global declared names created later at module level.
def outer():
    items = []
    def add(x):
        nonlocal items
        items = items + [x]
        return items
    return add
add = outer()
add(1)
print(add(2))
def create_later():
    global later
    later = "now exists"
try:
    print(later)
except NameError as e:
    print(type(e).__name__, e)
create_later()
print(later)
