ﬁle = 1
print(file)
