# Many keys whose hashes share their low bits, deletions leaving holes, equal keys of different
# types, and deleting while growing: the dict index must find every key and keep insertion order.
d = {}
for i in range(0, 200000, 1):
    d[i * 1024] = i
for i in range(0, 200000, 2):
    del d[i * 1024]
print(len(d), d[1024], sum(d.values()) % 1000, list(d)[:3])
s = {}
for w in ["a", "b", "c"] * 1000:
    s[w] = s.get(w, 0) + 1
print(s)
e = {1: "int", 1.0: "float", True: "bool"}
print(e, {float("nan"): 1}, {(1, 2): 3}[(1, 2)])
x = dict.fromkeys(range(10))
for k in list(x):
    if k % 2:
        del x[k]
x[99] = 1
print(x, x.popitem(), x)
