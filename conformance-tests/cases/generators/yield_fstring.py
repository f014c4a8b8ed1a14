# Checks: yield inside f-string replacement fields, with conversions and format specs.
def gen():
    s = f"<{(yield 'first')}|{(yield 'second')!r}|{(yield 'third'):>6}>"
    print(s)
    width = 8
    s = f"{'x':{(yield 'fill')}^{width}}"
    print(s)
    s = f"{(yield 'outer')}-{f'{(yield 2)}'}"
    print(s)

g = gen()
print(next(g))
print(g.send(1))
print(g.send("two"))
print(g.send(3.5))
print(g.send("*"))
try:
    g.send("O")
    g.send("N")
except StopIteration:
    print("done")
