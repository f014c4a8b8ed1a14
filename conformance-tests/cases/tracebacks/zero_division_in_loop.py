# Checks: an uncaught error inside a loop after some iterations printed their output.
for d in [4, 2, 1, 0]:
    print(12 // d)
