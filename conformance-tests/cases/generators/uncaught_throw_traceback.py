# Checks: an exception thrown into a suspended generator and not caught: traceback shows the throw() call and the yield line.
def worker():
    print("worker started")
    while True:
        item = yield
        print("processing", item)

w = worker()
next(w)
w.send("a")
w.throw(KeyError("bad item"))
