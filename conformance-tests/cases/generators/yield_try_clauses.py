# Checks: yield in try, except, else and finally clauses; each clause resumes correctly, once.
def gen(fail):
    try:
        yield "try-1"
        if fail:
            raise ValueError("fail")
        yield "try-2"
    except ValueError as e:
        yield "except-1 " + str(e)
        yield "except-2"
    else:
        yield "else-1"
        yield "else-2"
    finally:
        yield "finally-1"
        yield "finally-2"
    yield "after"

print(list(gen(False)))
print(list(gen(True)))

def nested():
    try:
        try:
            yield 1
            raise KeyError("k")
        finally:
            yield "inner finally"
    except KeyError as e:
        yield "outer except " + repr(e)
    finally:
        yield "outer finally"

print(list(nested()))
