# Checks: awaits inside try inside for inside while inside with: every statement runs once per pass, loops continue correctly.
class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit")

async def work():
    log = []
    with CM():
        n = 0
        while n < 2:
            for i in "xy":
                try:
                    got = await Sleep(f"{n}{i}")
                    log.append(got)
                    if got == "boom":
                        raise RuntimeError(f"{n}{i}")
                except RuntimeError as e:
                    print("handled", e)
                    log.append(await Sleep("handler " + str(e)))
                finally:
                    print("finally", n, i)
            n += 1
            print("while step", n)
    return log

c = work()
msg = c.send(None)
replies = iter(["a", "boom", "h1", "b", "c", "d"])
try:
    while True:
        print("suspended at", msg)
        msg = c.send(next(replies))
except StopIteration as e:
    print("log", e.value)
