# Checks: while loops with break, continue, and else (runs only when no break).
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    print("even", n)
else:
    print("no break")
print("after", n)
m = 0
while m < 3:
    m += 1
else:
    print("else ran, m =", m)
def collatz(k):
    steps = 0
    while k != 1:
        k = k // 2 if k % 2 == 0 else 3 * k + 1
        steps += 1
    return steps
print([collatz(k) for k in range(1, 12)])
