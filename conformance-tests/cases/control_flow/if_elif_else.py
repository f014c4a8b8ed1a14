# Checks: if/elif/else chains and nested conditionals.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2 == 0:
            return "small even"
        else:
            return "small odd"
    else:
        return "large"
for n in [-5, 0, 3, 4, 10, 99]:
    print(n, classify(n))
x = 7
if x > 5: print("gt5")
if x > 100:
    print("never")
elif x > 6:
    print("gt6")
