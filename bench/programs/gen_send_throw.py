# Generators: send()/throw() ping-pong with a generator that catches thrown exceptions inside its loop.
class Reset(Exception):
    pass


def accumulator():
    total = 0
    resets = 0
    while True:
        try:
            value = yield total
            total += value
        except Reset:
            resets += 1
            total = 0


gen = accumulator()
next(gen)
last = 0
checksum = 0
for i in range(5_000_000):
    if i % 5 == 4:
        last = gen.throw(Reset)
    else:
        last = gen.send(i & 15)
    checksum += last
gen.close()
print(checksum, last)
