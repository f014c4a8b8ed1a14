# Checks: recursive list and dict reprs print [...] and {...}.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"x": 1}
d["self"] = d
print(d)
b = [a, d]
print(b)
m = [[]]
m[0].append(m)
print(m)
t = ([],)
t[0].append(t)
print(t)
