# Checks: yield from a sub-generator re-yields each value, in order, lazily, then continues.
def inner(n):
    for i in range(n):
        print("inner yields", i)
        yield i
    print("inner done")

def outer():
    print("outer before")
    yield from inner(2)
    print("outer between")
    yield from inner(3)
    print("outer after")
    yield "last"

for v in outer():
    print("got", v)

def chain(*gens):
    for g in gens:
        yield from g

print(list(chain(inner(1), iter("ab"), (x * 10 for x in range(3)))))
