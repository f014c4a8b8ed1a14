# Checks: functions passed to map/filter/sorted/min/max, and map with several iterables.
def square(x):
    return x * x
def is_odd(x):
    return x % 2 == 1
nums = list(range(10))
print(list(map(square, nums)), list(filter(is_odd, nums)), list(filter(None, [0, 1, "", "a", None])))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(max(nums, key=lambda n: (n % 4, n)), sorted(nums, key=square, reverse=True)[:3])
