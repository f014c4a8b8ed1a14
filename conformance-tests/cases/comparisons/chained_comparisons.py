# Checks: chained comparisons evaluate the middle operand once and short-circuit.
def v(x, log):
    log.append(x)
    return x
log = []
print(v(1, log) < v(2, log) < v(3, log), log)
log = []
print(v(3, log) < v(2, log) < v(1, log), log)
x = 5
print(1 < x <= 5, 1 < x < 5, 0 <= x != 4, x == 5 > 4 >= 4)
print(1 < 2 > 1.5 == 1.5 in [1.5] not in [[]])
