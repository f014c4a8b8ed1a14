# Checks: append/extend/insert/remove/pop/clear/index/count/reverse/copy and their errors.
a = [3, 1, 4]
a.append(1); a.extend([5, 9]); a.insert(0, 2); a.insert(100, 6); a.insert(-1, 7)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(4), a.index(1), a.count(1), a.count(99))
a.reverse()
c = a.copy()
c.append("new")
print(a, c)
a.clear()
print(a)
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
             lambda: [1, 2].index(2, 0, 1)]:
    try:
        call()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
