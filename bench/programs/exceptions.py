# Raising and catching exceptions in a loop.
def check(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i


caught = 0
for i in range(1_500_000):
    try:
        check(i)
    except ValueError:
        caught += 1
print(caught)
