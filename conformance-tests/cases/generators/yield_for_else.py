# Checks: yield inside for loops: iterator continues (not restarted) after resume; for/else with and without break.
class Noisy:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("__iter__ called once")
        return iter(range(self.n))

def loop(n, stop_at):
    for i in Noisy(n):
        yield i
        if i == stop_at:
            print("break at", i)
            break
    else:
        print("for-else ran")
        yield "else"
    yield "end"

print(list(loop(3, -1)))
print(list(loop(3, 1)))

def loop_in_else():
    for i in range(2):
        yield i
    else:
        for j in "ab":
            yield j
        else:
            yield "inner else"

print(list(loop_in_else()))

def empty_for():
    for x in []:
        yield x
    else:
        yield "empty else"

print(list(empty_for()))
