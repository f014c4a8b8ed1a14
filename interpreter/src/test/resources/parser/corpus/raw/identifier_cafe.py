café = 1
print(café)
