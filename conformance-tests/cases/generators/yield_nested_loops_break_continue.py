# Checks: nested loops with yields, then break/continue after resuming: the right loop is exited/continued.
def grid():
    for i in range(4):
        if i == 1:
            yield ("skip row", i)
            continue
        for j in range(4):
            yield (i, j)
            if j == i:
                print("inner break", i, j)
                break
            if j == 0:
                continue
            print("after continue check", i, j)
        else:
            print("inner else", i)
        if i == 2:
            yield ("outer break", i)
            break
    else:
        print("outer else (not reached)")
    yield "done"

for item in grid():
    print(item)

def while_in_for():
    for word in ["ab", "cde"]:
        k = 0
        while True:
            yield word[k]
            k += 1
            if k == len(word):
                break
        yield "|"

print("".join(while_in_for()))
