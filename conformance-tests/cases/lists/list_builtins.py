# Checks: len/sum/min/max/sorted/reversed/enumerate/zip applied to lists.
nums = [5, 3, 8, 1, 9, 2]
print(len(nums), sum(nums), min(nums), max(nums), sorted(nums), list(reversed(nums)))
print(list(enumerate(nums, 1))[:3], list(zip(nums, "abcdef")))
print(sorted(nums, reverse=True), nums)
nums.sort()
print(nums, nums.sort(), nums)
print(any([0, "", None]), all([]), any([]), all([1, "x"]))
