# Checks: yields inside if/elif/else branches and in their conditions resume in the right branch without re-testing.
def classify(values):
    for v in values:
        print("test", v)
        if v < 0:
            yield "neg-a"
            print("neg after yield")
            yield "neg-b"
        elif v == 0:
            yield "zero"
            print("zero after yield")
        else:
            if v > 10:
                yield "big"
            else:
                yield "small"
                print("small after yield")
        print("end of", v)

print(list(classify([-1, 0, 5, 11])))

def cond_yield():
    if (yield "cond?"):
        print("true branch")
        yield "T"
    elif (yield "second cond?"):
        print("elif branch")
        yield "E"
    else:
        print("else branch")
        yield "F"

for answers in [[1], [0, 1], [0, 0]]:
    g = cond_yield()
    out = [next(g)]
    for a in answers:
        out.append(g.send(a))
    print(out)
