# Float arithmetic in a for loop (a Leibniz series for pi).
acc = 0.0
sign = 1.0
for k in range(4_000_000):
    acc += sign / (2 * k + 1)
    sign = -sign
print(round(acc * 4, 6))
