# Checks: a traceback through several nested function frames lists every frame with its source line.
def level3(x):
    return x["missing"]
def level2(x):
    value = level3(x)
    return value
def level1():
    return level2({})
print("start")
level1()
