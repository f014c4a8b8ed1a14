# Checks: sorting unorderable items raises TypeError; key errors propagate; sort() keyword-only arguments.
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([{1}, {2}, 3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([None, None, 1])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([None]), sorted([]), sorted([None], key=lambda x: 0))
