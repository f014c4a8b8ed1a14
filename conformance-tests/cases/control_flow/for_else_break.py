# Checks: for ... else with break (prime search) and else when the iterable is empty.
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("finished without break")
