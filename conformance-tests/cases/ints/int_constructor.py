# Checks: int() with no args, from floats (truncation), bools, strings; errors for bad input types.
print(int(), int(0.999), int(-0.999), int(1e22), int(True))
print(int("-00012"), int("+7"), int("\u0661\u0662"))
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
class Num:
    def __int__(self):
        return 99
class Idx:
    def __index__(self):
        return 7
print(int(Num()), int(Idx()), [10, 20, 30, 40, 50, 60, 70, 80][Idx()])
