# Checks: comments, semicolons, line continuations and bracketed continuations.
a = 1; b = 2; c = a + b  # trailing comment
print(a, b, c)
total = 1 + \
    2 + \
    3
print(total)
values = [
    1,  # one
    2,  # two
]
print(values)
print((1 +
       2))
if a: print("one-line if")
for i in range(2): print("loop", i)
