# Checks: conditional expressions and assignment expressions (:=).
x = 5
print("big" if x > 3 else "small")
print("a" if x == 1 else "b" if x == 5 else "c")
data = [1, 2, 3, 4, 5, 6]
if (n := len(data)) > 4:
    print("long list of", n)
results = [y for v in data if (y := v * v) > 10]
print(results, y)
total = 0
while (chunk := total + 1) < 5:
    total = chunk
print(total)
