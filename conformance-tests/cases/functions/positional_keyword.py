# Checks: positional and keyword arguments, defaults evaluated once at definition time.
def greet(greeting, name="world", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Hello"))
print(greet("Hi", "Ann"))
print(greet("Hey", punct="?"))
print(greet(name="Bob", greeting="Yo"))
stamp = 10
def with_default(x=stamp):
    return x
stamp = 20
print(with_default(), with_default(5))
def mutable_default(item, acc=[]):
    acc.append(item)
    return acc
print(mutable_default(1), mutable_default(2), mutable_default(3, []))
print(greet.__defaults__, with_default.__defaults__)
