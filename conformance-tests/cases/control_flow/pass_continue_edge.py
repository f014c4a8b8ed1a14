# Checks: while True with break, for over a string/dict/tuple, continue at loop end and else after continue.
count = 0
while True:
    count += 1
    if count >= 4:
        break
print(count)
for ch in "ab":
    print(ch)
for k in {"one": 1, "two": 2}:
    print(k)
for i in (1, 2, 3):
    if i == 3:
        continue
else:
    print("else after continue on last item")
