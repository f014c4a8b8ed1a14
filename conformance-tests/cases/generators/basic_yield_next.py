# Checks: yield statements produce values in order via next(), then StopIteration; code between yields runs lazily.
def gen():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("after 2")
    yield 3
    print("end")

g = gen()
print("created")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again StopIteration", e.value, e.args)
print(list(gen()))
