# KeyboardInterrupt caught by the program: handlers, args, chaining and a normal exit
def interrupted():
    raise KeyboardInterrupt


try:
    interrupted()
except KeyboardInterrupt as e:
    print("caught", type(e).__name__, e.args, repr(str(e)), isinstance(e, BaseException))

try:
    try:
        interrupted()
    except BaseException as e:
        raise RuntimeError("stopped") from e
except RuntimeError as e:
    print(type(e.__cause__).__name__, e)

for i in range(3):
    try:
        if i == 1:
            raise KeyboardInterrupt("second")
        print("step", i)
    except KeyboardInterrupt as e:
        print("skipped", i, e)
print("done")
