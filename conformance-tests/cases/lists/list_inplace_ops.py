# Checks: += extends in place (alias sees it) while + creates a new list; *= on lists; += with any iterable.
a = [1]
alias = a
a += [2, 3]
print(a, alias, a is alias)
a = a + [4]
print(a, alias, a is alias)
alias *= 2
print(alias)
x = [0]
x += "ab"
x += range(2)
x += (9,)
print(x)
try:
    x = x + "ab"
except TypeError as e:
    print(type(e).__name__, e)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
