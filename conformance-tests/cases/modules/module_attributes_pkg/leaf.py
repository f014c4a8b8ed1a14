import sys
value = 1
print("leaf", __name__, __package__, __spec__.parent, sys.modules[__name__].__dict__ is globals())
print(list(globals())[:9])
