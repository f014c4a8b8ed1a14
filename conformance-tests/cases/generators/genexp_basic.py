# Checks: generator expressions are lazy iterators; conditions, multiple for clauses, consumed once.
squares = (x * x for x in range(5))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))
print(sum(x for x in range(101)))
print(list(x + y for x in "ab" for y in "12"))
print(list((x, y) for x in range(4) if x % 2 for y in range(x) if y != 1))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(",".join(str(i) for i in range(3)))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
print(dict((k, k * 2) for k in range(3)))
print(sorted((-x for x in [3, 1, 2]), reverse=True))

def trace(v):
    print("evaluating", v)
    return v

lazy = (trace(i) for i in range(3))
print("before iteration")
for v in lazy:
    print("loop", v)
