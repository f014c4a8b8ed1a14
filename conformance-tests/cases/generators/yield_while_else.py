# Checks: yields inside while bodies, the while condition is re-evaluated after resume, while/else runs once when no break.
def countdown(n):
    while n > 0:
        print("check passed for", n)
        yield n
        n -= 1
    else:
        print("else clause")
        yield "else"
    print("after loop")

print(list(countdown(3)))

def breaker(limit):
    i = 0
    while True:
        i += 1
        yield i
        if i >= limit:
            print("breaking")
            break
    else:
        print("not printed")
    yield "done"

print(list(breaker(2)))

def while_with_continue():
    i = 0
    while i < 5:
        i += 1
        if i % 2:
            yield "odd " + str(i)
            continue
        yield "even " + str(i)
    else:
        yield "else after " + str(i)

print(list(while_with_continue()))
