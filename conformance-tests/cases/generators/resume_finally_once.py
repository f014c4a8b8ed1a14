# Checks: finally blocks containing yields, and return/break/exception paths through them, run exactly once.
def gen():
    for i in range(3):
        try:
            try:
                yield "body " + str(i)
                if i == 1:
                    break
            finally:
                print("inner finally", i)
                yield "inner finally yield " + str(i)
                print("inner finally resumed", i)
        finally:
            print("outer finally", i)
    print("after for")
    try:
        return "returned"
    finally:
        print("finally on return")
        yield "yield while returning"
        print("return continues")

g = gen()
while True:
    try:
        print("got:", next(g))
    except StopIteration as e:
        print("stop:", e.value)
        break
